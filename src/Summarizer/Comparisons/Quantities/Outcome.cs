using System.Text.RegularExpressions;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// What happened to what a figure counts, as the words of its clause say: "12 people were killed", "the death toll
/// rose to 15", "28 others injured", "killing 15". A figure of the dead and one of the injured count different
/// things however alike their units, and so do a figure with an outcome and one without ("12 workers were killed",
/// "employs 450 workers"). The verb or noun is looked for after the figure first, up to <see cref="After"/> words
/// and never past another figure or a clause break, nor past a conjunction when an outcome word before the figure
/// governs it ("killed 12 people on Monday and injured 35": the 12 were killed, not injured); then before it, up to
/// <see cref="Before"/> words. A number written without a noun counts people when its outcome's word is next to it
/// (<see cref="OfBare"/>: "officials said 40 were injured", "and injured 35").
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

    // Conjunctions after which the words are another predicate's, not the figure's, when an outcome before it governs it.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "but", "while", "whereas" };

    // Words that may stand between a number and its outcome when the number counts nothing else: auxiliaries after it
    // ("40 were injured"), qualifiers before it ("injuring at least 35", "killed another 12"). "at" only in "at least"
    // and "at most" (Qualifies): "died at 88" is an age, not a toll.
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "also", "reportedly", "later", "all",
        "about", "around", "some", "nearly", "almost", "more", "than", "over", "up", "to", "another",
        "a", "further", "roughly", "approximately", "an", "estimated", "as", "many",
    };

    // The words of "at least" and "at most", which qualify a number only together.
    private static readonly HashSet<string> AtBounds = new(StringComparer.Ordinal) { "least", "most" };

    /// <summary>
    /// The outcome of the figure at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/>
    /// (offsets into it), or null when its clause names none; <paramref name="others"/> are the other figures' spans in it.
    /// </summary>
    public static string? Of(string sentence, int start, int end, IReadOnlyList<(int Start, int End)> others) =>
        Find(sentence, start, end, others, adjacent: false);

    /// <summary>
    /// The outcome of a number written without a noun, only when the outcome's word is next to it with nothing but
    /// auxiliaries or qualifiers between ("40 were injured", "injured 35", "killing at least 12"): such a number counts
    /// those the outcome befell. Null otherwise ("killed aged 25" is an age, "died in 1990" a date).
    /// </summary>
    public static string? OfBare(string sentence, int start, int end, IReadOnlyList<(int Start, int End)> others) =>
        Find(sentence, start, end, others, adjacent: true);

    private static string? Find(string sentence, int start, int end, IReadOnlyList<(int Start, int End)> others, bool adjacent)
    {
        if (start < 0 || end > sentence.Length || start > end) return null;
        int stopAfter = others.Where(o => o.Start >= end).Select(o => o.Start).DefaultIfEmpty(sentence.Length).Min();
        int stopBefore = others.Where(o => o.End <= start).Select(o => o.End).DefaultIfEmpty(0).Max();
        // Before the figure only within its clause: "killed at least 15", "a death toll of 15", not "…killed, and 30…".
        string? before = null;
        var words = WordPattern().Matches(sentence[stopBefore..start]);
        for (int k = words.Count - 1, seen = 0; k >= 0 && seen < Before; k--, seen++)
        {
            if (Breaks(sentence, stopBefore + words[k].Index + words[k].Length)) break;
            string word = words[k].Value.ToLowerInvariant();
            if (Words.TryGetValue(word, out var outcome)) { before = outcome; break; }
            if (adjacent && !Qualifies(word, k > 0 ? words[k - 1].Value : null, k + 1 < words.Count ? words[k + 1].Value : null)) break;
        }
        // "a crowd of 2,000, many of them injured": a break right after the figure ends its clause. After a figure its
        // outcome's verb governs ("killed 12 people on Monday and injured 35"), a conjunction starts another predicate.
        var after = Breaks(sentence, end) ? [] : (IReadOnlyList<Match>)WordPattern().Matches(sentence[end..stopAfter]);
        for (int k = 0; k < Math.Min(After, after.Count); k++)
        {
            string word = after[k].Value.ToLowerInvariant();
            if (before is not null && Conjunctions.Contains(word)) break;
            if (Words.TryGetValue(word, out var outcome)) return outcome;
            if (adjacent && !Qualifies(word, k > 0 ? after[k - 1].Value : null, k + 1 < after.Count ? after[k + 1].Value : null)) break;
            if (Breaks(sentence, end + after[k].Index + after[k].Length)) break;
        }
        return before;
    }

    // Whether a word (lower case) may stand between a bare number and its outcome; "at" and "least"/"most" only as a
    // pair, given the words written before and after it.
    private static bool Qualifies(string word, string? previous, string? next) =>
        Between.Contains(word)
        || (word == "at" && next is not null && AtBounds.Contains(next.ToLowerInvariant()))
        || (AtBounds.Contains(word) && string.Equals(previous, "at", StringComparison.OrdinalIgnoreCase));

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
