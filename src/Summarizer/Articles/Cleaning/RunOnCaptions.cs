using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Captions and standfirsts without a label that scraping ran into the story with no full stop ("… a strange dance
/// in front of the Arc de Triomphe The Togo international posted the video … on his Instagram account He joined Spurs
/// in 2011 …"). A join is a word written in lower case or digits, one space, then a word that opens sentences but is
/// never written with a capital after a lower-case word inside one (an article, a personal or possessive pronoun,
/// "There"), then a lower-case word. A title ("a role in The Crown", "starring in The holiday") follows a preposition
/// or a verb of naming and is not cut. Read over every refs, CLIFF and seed article: every join the rule found
/// was a sentence boundary. The text from the last sentence end to a join (at most <see cref="MaxCaptionLength"/>
/// characters) had no full stop of its own, so it is a caption line, and the text after the last join is story.
/// </summary>
internal static partial class RunOnCaptions
{
    private const int MaxCaptionLength = 300;
    private const int MaxWordLength = 60;

    // Words after which a capitalised article or pronoun starts a title or a name ("the film The Holiday", "Her
    // Majesty"), not a sentence.
    private static readonly HashSet<string> TitleIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "at", "on", "to", "from", "by", "with", "for", "and", "or", "as", "than", "like", "about", "into",
        "onto", "via", "versus", "vs", "called", "named", "nicknamed", "dubbed", "titled", "entitled", "said", "says",
        "told", "tells", "read", "reads", "watch", "watched", "starring", "star", "known", "become", "became", "is",
        "was", "are", "were", "be", "being", "been",
    };

    // The space of a join, found by what follows it; what precedes it is read by EndsCaption, so the search
    // never scans backwards from every character of a long text.
    [GeneratedRegex(@" (?=(?:The|He|She|They|It|We|This|These|Those|His|Her|Their|Its|There) \p{Ll})")]
    private static partial Regex Join();

    // A word in lower case (or a figure), perhaps in quotation marks: what a caption's last word looks like.
    [GeneratedRegex(@"^[(“""‘'’]*(?<word>\p{Ll}[\p{L}'’-]*|\d+(?:[,.]\d+)*[\p{Ll}%]*)[’']?$")]
    private static partial Regex CaptionEnding();

    [GeneratedRegex(@"[.!?][’'""”)]*\s")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The text cut at every join, in order: story text, and the captions that ran into it. The text alone (not a
    /// caption) when it holds no join.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsCaption)> Split(string text)
    {
        if (!Join().IsMatch(text)) return [(text, false)];
        List<(string, bool)>? pieces = null;
        int pieceStart = 0;
        foreach (Match join in Join().Matches(text))
        {
            if (!EndsCaption(text, join.Index)) continue;
            pieces ??= [];
            int captionStart = LastSentenceStart(text, pieceStart, join.Index);
            if (join.Index - captionStart > MaxCaptionLength) captionStart = join.Index;
            Add(pieces, text[pieceStart..captionStart], isCaption: false);
            Add(pieces, text[captionStart..join.Index], isCaption: true);
            pieceStart = join.Index + 1;
        }
        if (pieces is null) return [(text, false)];
        Add(pieces, text[pieceStart..], isCaption: false);
        return pieces;
    }

    private static void Add(List<(string, bool)> pieces, string text, bool isCaption)
    {
        string trimmed = text.Trim();
        if (trimmed.Length > 0) pieces.Add((trimmed, isCaption));
    }

    // Whether the word before the space at joinIndex can end a caption: lower case or a figure, and no preposition or
    // verb of naming that a title follows.
    private static bool EndsCaption(string text, int joinIndex)
    {
        int start = joinIndex;
        while (start > 0 && joinIndex - start <= MaxWordLength && !char.IsWhiteSpace(text[start - 1])) start--;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        var ending = CaptionEnding().Match(text, start, joinIndex - start);
        return ending.Success && !TitleIntroducers.Contains(ending.Groups["word"].Value);
    }

    // Where the sentence holding the join started: after the last sentence end between from and join, else at from.
    private static int LastSentenceStart(string text, int from, int join)
    {
        int start = from;
        foreach (var end in SentenceEnd().EnumerateMatches(text.AsSpan(from, join - from)))
            start = from + end.Index + end.Length;
        return start;
    }
}
