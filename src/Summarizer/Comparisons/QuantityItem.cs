using System.Text.RegularExpressions;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Comparisons;

/// <summary>
/// A figure of one article, with what it counts (<see cref="Class"/>) and the rare words around it that say about
/// whom (<see cref="Context"/>, stems mapped to the word as written).
/// </summary>
internal sealed partial record QuantityItem(int Input, QuantityFact Fact, string Class, string Display, ValueRange Range,
    IReadOnlyDictionary<string, string> Context, Position Position)
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "hundr", "hundred", "thousand", "million", "billion", "trillion", "dozen", "doz", "mln", "bn",
    };

    /// <summary>The figures of every input that say what they count; figures without a unit cannot be aligned.</summary>
    public static List<QuantityItem> Collect(IReadOnlyList<ComparisonInput> inputs, ComparisonOptions options)
    {
        var frequency = SentenceFrequency(inputs, out int sentences);
        // Never below the number of articles: a word each outlet uses once, next to its figure, is what links them.
        double maxFrequency = Math.Max(Math.Max(2, inputs.Count), options.ContextWordMaxShare * sentences);
        var items = new List<QuantityItem>();
        for (int i = 0; i < inputs.Count; i++)
        {
            var article = inputs[i].Article;
            foreach (var q in inputs[i].Facts.Quantities)
            {
                string? unit = q.Unit ?? NextWord(article.Text, q.Span.End);
                if (UnitClass.Of(unit) is not { } cls) continue;
                string display = unit is null || TextKey.Loose(q.Text).Contains(TextKey.Loose(unit), StringComparison.Ordinal)
                    ? q.Text : $"{q.Text} {unit}";
                var sentence = article.SentenceById(q.SentenceId) ?? article.SentenceById(article.SentenceIdAt(q.Span.Start));
                var context = new Dictionary<string, string>(StringComparer.Ordinal);
                if (sentence is not null && q.Span.Start >= sentence.Start && q.Span.End <= sentence.End)
                {
                    var before = Words(article.Text[sentence.Start..q.Span.Start]);
                    var after = Words(article.Text[q.Span.End..sentence.End]);
                    foreach (var (stem, word) in before.TakeLast(options.ContextWindow).Concat(after.Take(options.ContextWindow)))
                        if (frequency.GetValueOrDefault(stem) <= maxFrequency && UnitClass.Of(word) != cls) context.TryAdd(stem, word);
                }
                items.Add(new QuantityItem(i, q, cls, display, ValueRange.Of(q), context,
                    Positions.At(inputs[i], display, q.SentenceId, q.Span)));
            }
        }
        return items;
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
            if (ContentWords.Of(m.Value) is not [var stem] || NumberWords.Contains(stem) || stem.Any(char.IsDigit)) continue;
            words.Add((stem, m.Value.ToLowerInvariant()));
        }
        return words;
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
