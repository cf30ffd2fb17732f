using Summarizer.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>Small closed word classes the rules need: function words (see <see cref="FunctionWords"/>), speech verbs, months and weekdays.</summary>
internal static class Words
{
    private static readonly HashSet<string> Speech = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned",
        "warns", "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "explained",
        "explains", "insisted", "insists", "believes", "believed", "wrote", "writes", "tweeted", "announced",
        "announces", "argued", "argues", "claimed", "claims", "cautioned", "declared", "declares", "urged",
        "urges", "asked", "replied", "acknowledged", "admitted", "confirmed", "confirms", "suggested",
        "suggests", "described", "describes", "continued", "recalled", "predicted", "remarked", "observed",
        "commented", "asserted", "pledged", "promised", "vowed", "hailed", "welcomed", "clarified", "reported",
        "reports", "specifies", "specified", "thinks", "thought", "agreed", "added:", "posted", "wrote:",
    };

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ];

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = Speech.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFunction(string word) => FunctionWords.Contains(word);

    // The modal verbs: capitalised inside a sentence, one of them is a given name ("Will", "May").
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    };

    /// <summary>A modal verb ("will", "may"), in any case.</summary>
    public static bool IsModal(string word) => Modals.Contains(word.ToLowerInvariant());

    /// <summary>A word that can carry a claim: two characters or more and not a function word (lower-cased input).</summary>
    public static bool CarriesContent(string word) => word.Length >= 2 && !IsFunction(word);

    public static bool IsSpeechVerb(string word) => TextFold.ContainsFolded(SpeechLookup, word);

    public static bool IsMonth(string word)
    {
        string folded = TextFold.Fold(word).TrimEnd('.');
        return Array.IndexOf(MonthNames, folded) >= 0
            || folded is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec";
    }

    public static bool IsWeekday(string word) => TextFold.ContainsFolded(WeekdayLookup, TextFold.StripPossessive(word.AsSpan()));
}
