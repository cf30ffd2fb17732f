using Summarizer.Text;
using Summarizer.Articles;
using System.Text.RegularExpressions;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Roles;

namespace Summarizer.Comparisons.Quantities;

// Collecting the figures of a story's articles: what each counts, its outcome and the words about whom around it.
internal sealed partial record QuantityItem
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "hundr", "hundred", "thousand", "million", "billion", "trillion", "dozen", "doz", "mln", "bn",
    };

    // Words that frame a figure without saying what it is about ("including", "already", "some"): the general
    // stop list keeps them because they matter for sentence similarity, but here they would link unrelated figures.
    private static readonly HashSet<string> FramingWords = new(StringComparer.Ordinal)
    {
        "including", "include", "includes", "included", "already", "notably", "nearly", "almost", "least", "less", "fewer",
        "around", "approximately", "roughly", "total", "another", "several", "many", "few", "much", "per", "every",
        "within", "without", "among", "across", "toward", "towards", "via", "non", "yet", "now", "later", "earlier",
        "reported", "reports", "reportedly", "expected", "according", "added", "noted", "stated",
        // "a 29-year-old": every age has it, so it says nothing about whose age it is.
        "old",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "its", "their", "his", "her", "our", "both", "all",
    };

    /// <summary>
    /// The figures of every input that say what they count: by their unit, or, for a number written without one, by the
    /// outcome next to it ("40 were injured" counts people); other figures without a unit cannot be aligned.
    /// </summary>
    public static List<QuantityItem> Collect(IReadOnlyList<ComparisonInput> inputs, ComparisonOptions options)
    {
        var frequency = SentenceFrequency(inputs, out int sentences);
        // Never below the number of articles: a word each outlet uses once, next to its figure, is what links them.
        double maxFrequency = Math.Max(Math.Max(2, inputs.Count), options.ContextWordMaxShare * sentences);
        var people = PeopleBySurname(inputs);
        var items = new List<QuantityItem>();
        for (int i = 0; i < inputs.Count; i++)
        {
            var article = inputs[i].Article;
            foreach (var q in inputs[i].Facts.Quantities)
            {
                if (IsReference(article.Text, q)) continue;
                string? unit = q.Unit ?? NextWord(article.Text, q.Span.End);
                var sentence = article.SentenceById(q.SentenceId) ?? article.SentenceById(article.SentenceIdAt(q.Span.Start));
                if ((UnitClass.Of(unit) ?? BareCount(inputs[i], sentence, q)) is not { } cls) continue;
                string display = Verbatim(article.Text, q, unit);
                var context = new Dictionary<string, string>(StringComparer.Ordinal);
                string? outcome = null;
                int offset = -1;
                if (sentence is not null && q.Span.Start >= sentence.Start && q.Span.End <= sentence.End)
                {
                    outcome = OutcomeOf(inputs[i], sentence, q);
                    offset = q.Span.Start - sentence.Start;
                    // Figures of one outcome count the same thing whatever other words their sentences use.
                    if (outcome is not null) context[OutcomeKey + outcome] = outcome;
                    var before = Words(article.Text[sentence.Start..q.Span.Start]);
                    var after = Words(article.Text[q.Span.End..sentence.End]);
                    foreach (var (stem, word) in before.TakeLast(options.ContextWindow).Concat(after.Take(options.ContextWindow)))
                        if (frequency.GetValueOrDefault(stem) <= maxFrequency && UnitClass.Of(word) != cls)
                            context.TryAdd(people.GetValueOrDefault(TextKey.Tokens(word).FirstOrDefault() ?? "", stem), word);
                }
                items.Add(new QuantityItem(i, q, cls, display, ValueRange.Of(q), context,
                    Positions.At(inputs[i], display, q.SentenceId, q.Span), Quantities.Occasion.Of(inputs[i], q.SentenceId)) { Outcome = outcome, SentenceOffset = offset });
            }
        }
        return PersonToll.Join(items);
    }

    // The outcome words of the figure's own clause, never those of another figure of the sentence.
    private static string? OutcomeOf(ComparisonInput input, Sentence sentence, QuantityFact q, bool bare = false)
    {
        var others = input.Facts.Quantities
            .Where(o => !ReferenceEquals(o, q) && o.Span.Start >= sentence.Start && o.Span.End <= sentence.End && o.Span.Start != q.Span.Start)
            .Select(o => (o.Span.Start - sentence.Start, o.Span.End - sentence.Start)).ToList();
        string text = input.Article.Text[sentence.Start..sentence.End];
        int start = q.Span.Start - sentence.Start, end = q.Span.End - sentence.Start;
        return bare ? Quantities.Outcome.OfBare(text, start, end, others) : Quantities.Outcome.Of(text, start, end, others);
    }

    // A count written without a noun whose outcome's word is next to it ("officials said 40 were injured", "and injured
    // 35") counts the people that outcome befell, as "40 people were injured" does.
    private static string? BareCount(ComparisonInput input, Sentence? sentence, QuantityFact q) =>
        q.Kind == QuantityKind.Count && sentence is not null && q.Span.Start >= sentence.Start && q.Span.End <= sentence.End
        && OutcomeOf(input, sentence, q, bare: true) is not null ? "person" : null;

    /// <summary>
    /// Each surname spelling the story's articles use, mapped to one key per person, so "Kovalenkko" near one figure
    /// and "Kovalenko" near another say the figures are about the same person. Spellings shared by two people are left out.
    /// </summary>
    private static Dictionary<string, string> PeopleBySurname(IReadOnlyList<ComparisonInput> inputs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in PersonAligner.Align(inputs))
            foreach (var (_, person) in group.Members)
                foreach (var name in person.Aliases.Append(person.Name))
                {
                    if (TextKey.Tokens(name) is not { Count: > 0 } tokens) continue;
                    string surname = tokens[^1], key = "person:" + group.Name;
                    if (map.TryGetValue(surname, out var known) && known != key) ambiguous.Add(surname);
                    else map[surname] = key;
                }
        foreach (var surname in ambiguous) map.Remove(surname);
        return map;
    }

    /// <summary>In how many of the story's sentences each content word occurs: words common to the story say nothing about whom.</summary>
    private static Dictionary<string, int> SentenceFrequency(IReadOnlyList<ComparisonInput> inputs, out int sentences)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        sentences = 0;
        foreach (var input in inputs)
            foreach (var s in input.Article.Sentences)
            {
                sentences++;
                foreach (string stem in ContentWords.Of(s.Text).Distinct()) frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
            }
        return frequency;
    }

    private static List<(string Stem, string Word)> Words(string text)
    {
        var words = new List<(string, string)>();
        foreach (Match m in WordPattern().Matches(text))
        {
            string word = m.Value.ToLowerInvariant();
            if (FramingWords.Contains(word) || ContentWords.Of(word) is not [var stem] || NumberWords.Contains(stem) || stem.Any(char.IsDigit)) continue;
            words.Add((stem, word));
        }
        return words;
    }

    // "the two countries", "its three ships": a small number after a determiner refers back to things already
    // named rather than stating a figure, so it is neither a claim nor a position.
    private static bool IsReference(string text, QuantityFact q)
    {
        if (q.Value >= 10 || q.UpperValue is not null || q.Span.Start > text.Length) return false;
        var before = WordPattern().Matches(text[Math.Max(0, q.Span.Start - 20)..q.Span.Start]);
        return before.Count > 0 && Determiners.Contains(before[^1].Value.ToLowerInvariant());
    }

    // The figure as the article words it, through its unit when that follows closely ("30 members", "200,000
    // peacekeepers"), so the value shown is verbatim and can be found in the quoted sentence.
    private static string Verbatim(string text, QuantityFact q, string? unit)
    {
        if (unit is null || TextKey.Loose(q.Text).Contains(TextKey.Loose(unit), StringComparison.Ordinal)) return q.Text;
        int end = Math.Min(text.Length, q.Span.End + 30);
        int at = q.Span.End <= text.Length ? text.IndexOf(unit, q.Span.End, end - q.Span.End, StringComparison.OrdinalIgnoreCase) : -1;
        if (at < 0 || text.AsSpan(q.Span.End, at - q.Span.End).IndexOfAny("\"“”.;\n") >= 0) return q.Text;
        // The unit may be a lemma ("troop") of the word written ("troops"): show the whole word.
        int wordEnd = at + unit.Length;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return text[q.Span.Start..wordEnd];
    }

    // When the extractor gives no unit, the noun right after the number ("15 countries", "35-nation") is what it counts.
    private static string? NextWord(string text, int end)
    {
        var m = NextWordPattern().Match(text, Math.Min(end, text.Length));
        return m.Success && m.Index == end && ContentWords.Of(m.Groups[1].Value).Count == 1 ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\s-]?(?:thousand |million |billion )?([a-z]{3,})\b")]
    private static partial Regex NextWordPattern();
}
