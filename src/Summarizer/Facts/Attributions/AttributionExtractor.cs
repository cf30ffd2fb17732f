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
    /// <summary>Each pattern with where it can start (null: an unanchored pattern, scanned as usual).</summary>
    private static readonly (Regex, AnchoredMatches.StartTest?)[] Patterns =
    [
        (AttributionPattern.ByCue(), AttributionPattern.CueStart),
        (AttributionPattern.AccordingTo(), AttributionPattern.AccordingStart),
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

        var found = new List<AttributionFact>();
        var seen = new HashSet<(int, string)>();
        string text = article.Text;
        foreach (var (regex, canStart) in Patterns)
        {
            if (regex == AttributionPattern.OfficialsTold() && !AttributionPattern.MayHoldOfficialsTold(text)) continue;
            foreach (Match m in canStart is null ? regex.Matches(text) : (IEnumerable<Match>)AnchoredMatches.Find(regex, text, canStart))
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
        string s = source.Trim().TrimEnd('.');
        if (s.EndsWith("officials", StringComparison.Ordinal) || s.EndsWith("sources", StringComparison.Ordinal)
            || s.EndsWith("diplomats", StringComparison.Ordinal) || s.EndsWith("analysts", StringComparison.Ordinal)
            || s.EndsWith("matter", StringComparison.Ordinal)) return s;
        if (s.EndsWith(')') && s.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var paren) s = s[..paren];
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The speaker usually ends the phrase ("Swiss Armed Forces Thomas Süssli said"), so suffixes are tried
        // first, longest first; then prefixes ("Bloomberg L.P. Staff").
        for (int i = 0; i < words.Length; i++)
            if (Lookup(string.Join(' ', words[i..]), known) is { } name) return name;
        for (int j = words.Length - 1; j > 0; j--)
            if (Lookup(string.Join(' ', words[..j]), known) is { } name) return name;
        return null;
    }

    private static string? Lookup(string phrase, Dictionary<string, string> known)
    {
        string key = TextFold.Fold(phrase);
        if (known.TryGetValue(key, out var name)) return name;
        if (key.StartsWith("the ", StringComparison.Ordinal) && known.TryGetValue(key[4..], out name)) return name;
        return OrganisationNames.Canonical(phrase);
    }
}
