using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Text;

namespace Summarizer.Facts.Attributions;

/// <summary>
/// Claims attributed to a source: "This was reported by Bloomberg", "According to the AP", "the WSJ writes",
/// "Bloomberg, citing sources, writes", "British officials told Bloomberg" (both the officials and the outlet).
/// A source must be a known or cue-marked organisation, a person the extractor found, or a group of officials
/// or sources, so "Russia says" is not taken for an attribution.
/// </summary>
internal static class AttributionExtractor
{
    public static List<AttributionFact> Extract(Article article, IReadOnlyList<NamedFact> organisations, IReadOnlyList<PersonFact> people)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var org in organisations)
            foreach (var m in org.Mentions) known[TextFold.Fold(m.Text)] = org.Name;
        foreach (var p in people)
            foreach (var alias in p.Aliases) known[TextFold.Fold(alias)] = p.Name;

        var found = new List<AttributionFact>();
        var seen = new HashSet<(int, string)>();
        string text = article.Text;
        foreach (var regex in (Regex[])[AttributionPattern.ByCue(), AttributionPattern.AccordingTo(), AttributionPattern.SourceVerb(), AttributionPattern.OfficialsTold()])
        {
            foreach (Match m in regex.Matches(text))
            {
                var cue = m.Groups["cue"].Value;
                foreach (Capture src in m.Groups["src"].Captures)
                {
                    string? name = Resolve(src.Value, known);
                    if (name is null || !seen.Add((src.Index, name))) continue;
                    string cueText = string.Join(' ', cue.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
                    found.Add(new AttributionFact(name, cueText, new TextSpan(m.Index, m.Length), article.SentenceIdAt(m.Index)));
                }
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>The canonical source for captured text, trimming words from the end until something is known.</summary>
    private static string? Resolve(string source, Dictionary<string, string> known)
    {
        string s = source.Trim();
        if (s.EndsWith("officials", StringComparison.Ordinal) || s.EndsWith("sources", StringComparison.Ordinal)
            || s.EndsWith("diplomats", StringComparison.Ordinal) || s.EndsWith("analysts", StringComparison.Ordinal)
            || s.EndsWith("matter", StringComparison.Ordinal)) return s;
        if (s.EndsWith(')') && s.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var paren) s = s[..paren];
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0)
        {
            string candidate = TextFold.Fold(string.Join(' ', words));
            if (known.TryGetValue(candidate, out var name)) return name;
            if (candidate.StartsWith("the ", StringComparison.Ordinal) && known.TryGetValue(candidate[4..], out name)) return name;
            if (OrganisationNames.Canonical(string.Join(' ', words)) is { } org) return org;
            words.RemoveAt(words.Count - 1);
        }
        // Trailing words first, so "Security analyst Jane Doe" still finds "Jane Doe" when the head is unknown.
        var tail = source.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < tail.Length; i++)
            if (known.TryGetValue(TextFold.Fold(string.Join(' ', tail[i..])), out var person)) return person;
        return null;
    }
}
