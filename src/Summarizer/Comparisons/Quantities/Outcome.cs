using System.Text.RegularExpressions;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// What happened to what a figure counts, as the words of its clause say: "12 people were killed", "the death toll
/// rose to 15", "28 others injured", "killing 15". A figure of the dead and one of the injured count different
/// things however alike their units, and so do a figure with an outcome and one without ("12 workers were killed",
/// "employs 450 workers"). The verb or noun is looked for after the figure first, up to <see cref="After"/> words
/// and never past another figure or a clause break; then before it, up to <see cref="Before"/> words.
/// </summary>
internal static partial class Outcome
{
    public const int After = 4;
    public const int Before = 4;

    // Outcomes people and things suffer in news, each word mapped to its outcome.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["killed"] = "killed", ["kill"] = "killed", ["kills"] = "killed", ["killing"] = "killed", ["dead"] = "killed",
        ["died"] = "killed", ["die"] = "killed", ["dying"] = "killed", ["death"] = "killed", ["deaths"] = "killed",
        ["fatalities"] = "killed", ["fatality"] = "killed", ["perished"] = "killed", ["lives"] = "killed",
        ["injured"] = "injured", ["injuring"] = "injured", ["injuries"] = "injured", ["injury"] = "injured",
        ["wounded"] = "injured", ["wounding"] = "injured", ["hurt"] = "injured", ["hospitalized"] = "injured",
        ["hospitalised"] = "injured",
        ["missing"] = "missing", ["unaccounted"] = "missing",
        ["arrested"] = "arrested", ["detained"] = "arrested", ["arrests"] = "arrested", ["arresting"] = "arrested",
        ["evacuated"] = "evacuated", ["displaced"] = "evacuated", ["rescued"] = "rescued",
    };

    /// <summary>
    /// The outcome of the figure at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/>
    /// (offsets into it), or null when its clause names none; <paramref name="others"/> are the other figures' spans in it.
    /// </summary>
    public static string? Of(string sentence, int start, int end, IReadOnlyList<(int Start, int End)> others)
    {
        if (start < 0 || end > sentence.Length || start > end) return null;
        int stopAfter = others.Where(o => o.Start >= end).Select(o => o.Start).DefaultIfEmpty(sentence.Length).Min();
        int stopBefore = others.Where(o => o.End <= start).Select(o => o.End).DefaultIfEmpty(0).Max();
        // "a crowd of 2,000, many of them injured": a break right after the figure ends its clause.
        var after = Breaks(sentence, end) ? [] : (IReadOnlyList<System.Text.RegularExpressions.Match>)WordPattern().Matches(sentence[end..stopAfter]);
        for (int k = 0; k < Math.Min(After, after.Count); k++)
        {
            if (Words.TryGetValue(after[k].Value.ToLowerInvariant(), out var outcome)) return outcome;
            if (Breaks(sentence, end + after[k].Index + after[k].Length)) break;
        }
        // Before the figure only within its clause: "killed at least 15", "a death toll of 15", not "…killed, and 30…".
        var before = WordPattern().Matches(sentence[stopBefore..start]);
        for (int k = before.Count - 1, seen = 0; k >= 0 && seen < Before; k--, seen++)
        {
            if (Breaks(sentence, stopBefore + before[k].Index + before[k].Length)) break;
            if (Words.TryGetValue(before[k].Value.ToLowerInvariant(), out var outcome)) return outcome;
        }
        return null;
    }

    /// <summary>Whether <paramref name="word"/> names an outcome ("killed", "deaths", "injured").</summary>
    public static bool Names(string word) => Words.ContainsKey(word.ToLowerInvariant());

    /// <summary>Plain words for a figure with an outcome: "killed", "injured"; empty without one.</summary>
    public static string Describe(string? outcome) => outcome is null ? "" : " " + outcome;

    // A comma, semicolon, colon or dash right after a word ends its clause.
    private static bool Breaks(string sentence, int at) =>
        at < sentence.Length && sentence[at] is ',' or ';' or ':' or '—' or '–' or '(' or ')';

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
