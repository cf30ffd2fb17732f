using System.Buffers;
using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Facts.Attributions;

/// <summary>
/// Claims attributed to a source: "This was reported by Bloomberg", "According to the AP", "the WSJ writes",
/// "Bloomberg, citing sources, writes", "British officials told Bloomberg" (both the officials and the outlet).
/// A source must be a known or cue-marked organisation, a person the extractor found, or a group of officials
/// or sources, so "Russia says" is not taken for an attribution.
/// </summary>
internal static class AttributionExtractor
{
    private static readonly char[] Blanks = [' ', '\n', '\t'];

    /// <summary>Each pattern with the words it opens with (null: an unanchored pattern, scanned as usual).</summary>
    private static readonly (Regex, SearchValues<string>?)[] Patterns =
    [
        (AttributionPattern.ByCue(), AttributionPattern.Cues),
        (AttributionPattern.AccordingTo(), AttributionPattern.According),
        (AttributionPattern.SourceVerb(), null),
        (AttributionPattern.OfficialsTold(), null),
    ];

    public static List<AttributionFact> Extract(Article article, IReadOnlyList<NamedFact> organisations, IReadOnlyList<PersonFact> people)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var org in organisations)
            foreach (var m in org.Mentions) known[TextFold.Fold(m.Text)] = org.Name;
        foreach (var p in people)
            foreach (var alias in p.Aliases) known[TextFold.Fold(alias)] = p.Name;

        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<AttributionFact>();
        var seen = new HashSet<(int, string)>();
        string text = article.Text;
        foreach (var (regex, openers) in Patterns)
        {
            if (regex == AttributionPattern.OfficialsTold() && !AttributionPattern.MayHoldOfficialsTold(text)) continue;
            foreach (Match m in openers is null ? regex.Matches(text) : (IEnumerable<Match>)AnchoredMatches.FindAtWords(regex, text, openers))
            {
                var cue = m.Groups["cue"].Value;
                foreach (Capture src in m.Groups["src"].Captures)
                {
                    string? name = Resolve(WithinSentence(article, src), lookup);
                    if (name is null || !seen.Add((src.Index, name))) continue;
                    string cueText = string.Join(' ', cue.Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
                    found.Add(new AttributionFact(name, cueText, new TextSpan(m.Index, m.Length), article.SentenceIdAt(m.Index)));
                }
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // A source ends with its sentence: "according to Reuters. The fire spread" names Reuters, not "Reuters. The"
    // (a capital after the full stop would otherwise carry the source into the next sentence).
    private static string WithinSentence(Article article, Capture source)
    {
        if (article.SentenceById(article.SentenceIdAt(source.Index)) is not { } sentence || source.Index + source.Length <= sentence.End)
            return source.Value;
        return article.Text[source.Index..Math.Max(source.Index, sentence.End)];
    }

    /// <summary>The canonical source for captured text, trimming words from the end until something is known.</summary>
    private static string? Resolve(string source, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        string s = source.Trim().TrimEnd('.');
        if (s.EndsWith("officials", StringComparison.Ordinal) || s.EndsWith("sources", StringComparison.Ordinal)
            || s.EndsWith("diplomats", StringComparison.Ordinal) || s.EndsWith("analysts", StringComparison.Ordinal)
            || s.EndsWith("matter", StringComparison.Ordinal)) return s;
        if (s.EndsWith(')') && s.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var paren) s = s[..paren];
        // One space between words, so every run of whole words is a slice of the phrase.
        string phrase = string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Span<int> starts = stackalloc int[Math.Min(phrase.Length, 64) + 1];
        int words = 0;
        for (int i = 0; i < phrase.Length && words < starts.Length - 1; i++)
            if (i == 0 || phrase[i - 1] == ' ') starts[words++] = i;
        if (words == 0) return null;
        // The speaker usually ends the phrase ("Swiss Armed Forces Thomas Süssli said"), so suffixes are tried
        // first, longest first; then prefixes ("Bloomberg L.P. Staff").
        for (int i = 0; i < words; i++)
            if (Lookup(phrase.AsSpan(starts[i]), known) is { } name) return name;
        for (int j = words - 1; j > 0; j--)
            if (Lookup(phrase.AsSpan(0, starts[j] - 1), known) is { } name) return name;
        return null;
    }

    private static string? Lookup(ReadOnlySpan<char> phrase, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        if (phrase.Length <= 256)
        {
            Span<char> key = stackalloc char[phrase.Length];
            TextFold.FoldInto(phrase, key);
            if (known.TryGetValue(key, out var name)) return name;
            if (key.StartsWith("the ") && known.TryGetValue(key[4..], out name)) return name;
        }
        else if (known.TryGetValue(TextFold.Fold(phrase), out var name)) return name;
        return OrganisationNames.Canonical(phrase);
    }
}
