using System.Globalization;
using Summarizer.Comparisons.Citing;
using Summarizer.Comparisons.Roles;
using Summarizer.Facts.Quantities;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// A neutral roundup of a story, AllSides-style: first what the outlets agree on, then where they differ. The
/// agreement is the sentence most echoed by the other outlets (news puts its facts first, so earlier sentences are
/// preferred), worded as plainly as any outlet words it (<see cref="Plainness"/>) and credited to every outlet that
/// echoes it; then the figures and roles outlets give differently, each outlet's value beside its name; then what
/// each remaining outlet reports that the roundup does not yet say (<see cref="RoundupPart.SingleSource"/>). Every sentence is an outlet's own or names its
/// sources' values verbatim, with the article and sentence ids it rests on.
/// </summary>
public static class RoundupBuilder
{
    /// <summary>The roundup of a compared story.</summary>
    public static IReadOnlyList<RoundupSentence> Build(StoryComparison comparison, IReadOnlyList<ComparisonInput> inputs, RoundupSettings? settings = null)
    {
        var (maxSentences, echoSimilarity, duplicateSimilarity, positionDecay, maxConflicts, maxWords, minShared) = settings ?? new RoundupSettings();
        if (inputs.Count == 0 || maxSentences <= 0) return [];
        var sentences = new StorySentences(inputs);
        var contradiction = new Contradiction(inputs);
        var inputWords = Plainness.WordsOf(inputs);
        var citations = new OutletCitations(inputs);
        var chosen = new List<int>();
        var roundup = new List<RoundupSentence>();

        var ranked = Enumerable.Range(0, sentences.Candidates.Count)
            .OrderByDescending(c => sentences.Support(c) / (1 + positionDecay * sentences.Candidates[c].Position))
            .ThenBy(c => c).ToList();

        // What the outlets agree on: the best-echoed sentence, in its plainest wording.
        foreach (int c in ranked)
        {
            var echoes = sentences.Echoes(c, echoSimilarity, minShared);
            if (echoes.Count == 0) continue;
            var group = echoes.Prepend(c).ToList();
            if (Plainest(sentences, group, inputWords) is not { } spoken) continue;
            group = Agreeing(sentences, contradiction, group, spoken);
            // One outlet echoed by another that cites it is one source, not outlets agreeing.
            if (Independent(sentences, citations, group) < 2) continue;
            chosen.AddRange(group);
            roundup.Add(Sentence(sentences, spoken, group, RoundupPart.Agreement));
            break;
        }

        // Where they differ: each conflicting figure or role, outlet by outlet (bounded by their own count, not the words).
        foreach (var conflict in comparison.Conflicts.Where(c => c.Origin == FindingOrigin.Rules).Take(maxConflicts))
        {
            if (roundup.Count >= maxSentences) break;
            roundup.Add(ConflictSentence(conflict, inputs));
        }

        // Then what each outlet adds, best-echoed first, never repeating what is said: every outlet once before any twice.
        int speaking = sentences.Candidates.Select(c => c.Input).Distinct().Count();
        foreach (int c in ranked)
        {
            if (roundup.Count >= maxSentences || Words(roundup) >= maxWords) break;
            bool heard = chosen.Any(x => sentences.Candidates[x].Input == sentences.Candidates[c].Input);
            if (heard && chosen.Select(x => sentences.Candidates[x].Input).Distinct().Count() < speaking) continue;
            if (chosen.Any(x => x == c || sentences.Similarity(x, c) >= duplicateSimilarity)) continue;
            var group = sentences.Echoes(c, echoSimilarity, minShared).Prepend(c).ToList();
            if (Plainest(sentences, group, inputWords) is not { } spoken) continue;
            group = Agreeing(sentences, contradiction, group, spoken);
            // An outlet contradicting the plainest wording speaks for itself.
            if (!group.Contains(c))
            {
                if (sentences.Candidates[c].UnnamedSource) continue;
                (group, spoken) = ([c], c);
            }
            chosen.Add(c);
            // What one outlet alone states (or outlets citing it repeat) is its claim, not a difference between outlets.
            roundup.Add(Sentence(sentences, spoken, group, Independent(sentences, citations, group) > 1 ? RoundupPart.Agreement : RoundupPart.SingleSource));
        }
        // Agreements first, whatever order they were found in.
        return roundup.OrderBy(r => r.Part).ToList();
    }

    /// <summary>The roundup as text, one sentence per line.</summary>
    public static string Text(IReadOnlyList<RoundupSentence> roundup) => string.Join('\n', roundup.Select(r => r.Text));

    // Of several outlets' wordings of one statement, the one whose words the other outlets also use; never one
    // leaning on a source its article named earlier (null when every wording does).
    private static int? Plainest(StorySentences sentences, List<int> group, IReadOnlyList<HashSet<string>> inputWords) =>
        group.Where(g => !sentences.Candidates[g].UnnamedSource)
            .OrderByDescending(g => Plainness.Of(sentences.Candidates[g], inputWords)).ThenBy(group.IndexOf)
            .Select(g => (int?)g).FirstOrDefault();

    // The wording spoken and the echoes that do not contradict it (a different figure or role of the same subject):
    // an outlet is credited only with what its sentence states alike.
    private static List<int> Agreeing(StorySentences sentences, Contradiction contradiction, List<int> group, int spoken)
    {
        var s = sentences.Candidates[spoken];
        return group.Where(g => g == spoken
            || !contradiction.Between(s.Input, s.Sentence.Id, sentences.Candidates[g].Input, sentences.Candidates[g].Sentence.Id)).ToList();
    }

    // How many outlets of a group state it on their own (Independence): a sentence attributing it to another outlet
    // of the group ("…, according to Reuters") repeats that outlet.
    private static int Independent(StorySentences sentences, OutletCitations citations, List<int> group) =>
        group.Count < 2 ? group.Count : Independence.Count(group.Select(g => sentences.Candidates[g])
            .Select(c => new Position(c.ArticleId, c.Outlet, "", c.Sentence.Text, c.Sentence.Id) { CitesOutlet = citations.Cited(c.ArticleId, c.Sentence.Id) })
            .ToList());

    // The outlets' own sentences count towards the length; a conflict's line is bounded by the number of conflicts.
    private static int Words(List<RoundupSentence> roundup) =>
        roundup.Where(r => r.Sources.Count > 0 && !IsConflictLine(r)).Sum(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static bool IsConflictLine(RoundupSentence sentence) =>
        sentence.Text.StartsWith(ConflictOpening, StringComparison.Ordinal) || sentence.Text.Contains(" " + WithinOpening, StringComparison.Ordinal);

    private static RoundupSentence Sentence(StorySentences sentences, int spoken, List<int> group, RoundupPart part)
    {
        var sources = group.Prepend(spoken).Distinct().Select(g => sentences.Candidates[g])
            .Select(c => new RoundupSource(c.ArticleId, c.Outlet, c.Sentence.Id)).ToList();
        return new RoundupSentence(sentences.Candidates[spoken].Sentence.Text.Trim(), part, sources);
    }

    private const string ConflictOpening = "Outlets differ on ";
    private const string WithinOpening = "gives two accounts of ";

    // Each value with the outlets giving it: "A (X, Y); B (Z)". Roles naming one office however worded are one value,
    // told in the wording most of them use; figures are grouped by their number whatever noun counts it ("28 others",
    // "28 people"). An article that states no outlet is
    // named neutrally ("unnamed outlet 2"), never by its title or id; when no outlet of the conflict is named, the
    // values alone say it ("A; B"): numbered unnamed outlets would only repeat that they differ (the sources say which).
    private static RoundupSentence ConflictSentence(Conflict conflict, IReadOnlyList<ComparisonInput> inputs)
    {
        var names = OutletNames.Of(inputs);
        bool named = conflict.Positions.Any(p => p.Outlet is not null);
        string Label(Position p) => names[p.ArticleId];
        var roleKeys = conflict.Kind == FactKind.Role ? RoleCore.GroupKeys(conflict.Positions.Select(p => p.Value)) : [];
        string Key(Position p) => roleKeys.GetValueOrDefault(p.Value) ?? (conflict.Kind == FactKind.Quantity ? FigureKey(p.Value) : TextKey.Loose(p.Value));
        string Shown(IEnumerable<Position> g) => conflict.Kind == FactKind.Quantity ? FigureLabel(g.Select(p => p.Value)) : RoleComparison.CommonestRole(g.Select(p => p.Value));
        // An article at odds with itself is named as such ("Daily gives two accounts of …"), its values alone after it.
        bool outlets = named && conflict.Within is null;
        var byValue = conflict.Positions.GroupBy(Key)
            .Select(g => Shown(g) + (outlets ? $" ({string.Join(", ", g.Select(Label).Distinct())})" : ""));
        string opening = conflict.Within is { } self ? $"{names[self]} {WithinOpening}" : ConflictOpening;
        return new RoundupSentence($"{opening}{conflict.Subject}: {string.Join("; ", byValue)}.", RoundupPart.Difference,
            conflict.Positions.Select(p => new RoundupSource(p.ArticleId, p.Outlet, p.SentenceId)).ToList());
    }

    // A figure without the noun it counts: "28 others" and "28 people" are one value, "at least 15" stays apart from "15";
    // a number written in words is its value in digits ("Twelve people" and "12 people" are one value, "a dozen" too).
    private static string FigureKey(string value)
    {
        var words = TextKey.Loose(value).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && !words[^1].Any(char.IsDigit) && NumberWords.Parse(words[^1]) is null) words.RemoveAt(words.Count - 1);
        return string.Join(' ', InDigits(words));
    }

    // The longest run of number words at each place read as its value: "twenty five" → "25"; vague amounts
    // ("hundreds") and figures already in digits stay as written.
    private static IEnumerable<string> InDigits(List<string> words)
    {
        for (int i = 0; i < words.Count;)
        {
            int end = i;
            double? value = null;
            for (int j = Math.Min(words.Count, i + 4); j > i && value is null; j--)
            {
                string run = string.Join(' ', words.Skip(i).Take(j - i));
                if (run.Any(char.IsDigit) || NumberWords.IsVague(run) || NumberWords.Parse(run) is not { } v) continue;
                value = v;
                end = j;
            }
            if (value is { } n)
            {
                yield return n.ToString(CultureInfo.InvariantCulture);
                i = end;
            }
            else yield return words[i++];
        }
    }

    // The wording shown for one figure: written in digits where an outlet writes it so ("12 people" rather than
    // "Twelve people"), else the commonest wording.
    private static string FigureLabel(IEnumerable<string> values)
    {
        var all = values.ToList();
        var digits = all.Where(v => v.Any(char.IsDigit)).ToList();
        return RoleComparison.CommonestRole(digits.Count > 0 ? digits : all);
    }
}
