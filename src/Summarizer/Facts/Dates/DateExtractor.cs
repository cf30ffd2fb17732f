using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Text;

namespace Summarizer.Facts.Dates;

/// <summary>
/// Absolute dates ("On March 16", "March 12, 2025", "in early March", "At the end of January") and relative
/// ones ("on Wednesday", "next week", "the other day", "two months ago"). Month names must be capitalised so
/// "march" and "may" as words are left alone; "May" needs a day or year next to it.
/// </summary>
internal static partial class DateExtractor
{
    private const string Month = @"(?:January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|May(?=,?\s+\d))";
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Pattern =
        @"\b(?:(?i:on|in|at|by|since|until|from)\s+)?(?:(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+)?(?:(?i:early|mid|late)[-\s])?" +
        @"(?:" +
            Weekday + @"(?:,?\s+" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?" +
            @"|" + Month + @"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?" +
            @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+\d{4}\b)?" +
            @"|(?i:yesterday|today|tonight|tomorrow)" +
            @"|(?i:the\s+other\s+day|the\s+coming\s+days|recent\s+days|(?:earlier|later)\s+this\s+(?:week|month|year))" +
            @"|(?i:(?:last|next|this|coming)\s+(?:week(?:end)?|month|year|spring|summer|autumn|fall|winter))" +
            @"|(?i:(?:last|next|this)\s+)" + Weekday +
            @"|(?:(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?i:days|weeks|months|years)\s+(?i:ago|earlier|later))" +
            @"|(?<=(?i:in|since|by|until|early|late|mid)[-\s])(?:19|20)\d{2}\b" +
        @")";

    /// <summary>The pattern anchored at the start position; it opens with <c>\b</c>, so only word boundaries are tried.</summary>
    [GeneratedRegex(@"\G" + Pattern)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep|Oct\.|Nov\.|Dec\.")]
    private static partial Regex Absolute();

    /// <summary>Every word a date can open with (lower case): prepositions, "the end of", "early", months, weekdays, …</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords = AnchoredMatches.Lookup(
        "on", "in", "at", "by", "since", "until", "from", "the", "end", "beginning", "start", "middle", "early", "mid", "late",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday", "today", "tonight", "tomorrow",
        "recent", "earlier", "later", "last", "next", "this", "coming", "a", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "several", "few");

    /// <summary>The pattern opens with <c>\b</c> and a letter or digit: a word start whose first word can open a date.</summary>
    private static bool CanStart(string text, int p) => AnchoredMatches.WordStart(text, p, FirstWords);

    public static List<DateFact> Extract(Article article)
    {
        var dates = new List<DateFact>();
        foreach (Match m in AnchoredMatches.Find(DatePattern(), article.Text, CanStart))
        {
            string value = m.Value.TrimEnd();
            bool relative = !Absolute().IsMatch(value);
            dates.Add(new DateFact(value, relative, new TextSpan(m.Index, value.Length), article.SentenceIdAt(m.Index)));
        }
        return dates;
    }
}
