using Summarizer.Facts.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>Small closed word classes the rules need: function words, speech verbs, months and weekdays.</summary>
internal static class Words
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "as", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "than", "that",
        "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "which", "what",
        "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "not",
        "no", "so", "if", "then", "also", "however", "meanwhile", "according", "while", "although", "though",
        "because", "still", "yet", "only", "even", "just", "all", "any", "each", "every", "both", "either",
        "neither", "such", "more", "most", "other", "another", "some", "many", "much", "few", "several", "now",
        "notably", "instead", "already", "again", "very", "too", "said", "says", "via", "per", "among", "amid",
        "against", "between", "through", "during", "without", "within", "upon", "out", "up", "down", "off",
        "will", "would", "last", "next", "new", "one", "ones", "what", "whether", "like", "unless", "once",
        "later", "earlier", "today", "yesterday", "tomorrow", "afterwards", "separately", "previously", "finally",
        "nevertheless", "indeed", "thus", "therefore", "moreover", "furthermore", "speaking", "asked", "where",
    };

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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = Function.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = Speech.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFunction(string word) => TextFold.ContainsFolded(FunctionLookup, word);

    public static bool IsSpeechVerb(string word) => TextFold.ContainsFolded(SpeechLookup, word);

    public static bool IsMonth(string word)
    {
        string folded = TextFold.Fold(word).TrimEnd('.');
        return Array.IndexOf(MonthNames, folded) >= 0
            || folded is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec";
    }

    public static bool IsWeekday(string word) => TextFold.ContainsFolded(WeekdayLookup, TextFold.StripPossessive(word.AsSpan()));
}
