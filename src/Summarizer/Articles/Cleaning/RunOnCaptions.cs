using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Captions and standfirsts without a label that scraping ran into the story with no full stop ("… a strange dance
/// in front of the Arc de Triomphe The Togo international posted the video … on his Instagram account He joined Spurs
/// in 2011 …"). A join is a word written in lower case or digits, one space, then a word that opens sentences but is
/// never written with a capital after a lower-case word inside one (an article, a personal or possessive pronoun,
/// "There"), then a lower-case word; or a connective or preposition that opens sentences ("… for his family In return,
/// the father …"), then a lower-case word that is not an article or a preposition, since titles open that way too ("In
/// the Heat of the Night"). A title ("a role in The Crown", "starring in The holiday") follows a preposition
/// or a verb of naming and is not cut. A caption can also run into a quotation ("… manager on Friday ‘I’d be over
/// the moon,’ said Locke"). That join is the space before an opening quotation mark and a capital, when the quotation
/// reads as speech (at least <see cref="MinQuotedWords"/> words, mostly in lower case, closed after a comma or a stop,
/// where a quoted name or title, "the ‘King of Instagram’", is short or capitalised) and the word before it, which
/// may then be a name or a day, does not introduce a quotation or a quoted name ("saying", "the", "his", "it").
/// Read over every refs, CLIFF and seed article: every join the rule found was a sentence boundary. The text from the
/// last sentence end to a join (at most <see cref="MaxCaptionLength"/> characters) had no full stop of its own, so it
/// is a caption line, and the text after the last join is story.
/// </summary>
internal static partial class RunOnCaptions
{
    private const int MaxCaptionLength = 300;
    private const int MaxWordLength = 60;
    private const int MinQuotedWords = 4;
    private const int MaxQuoteSearch = 400;

    // Words after which a capitalised article or pronoun starts a title or a name ("the film The Holiday", "Her
    // Majesty"), not a sentence.
    private static readonly HashSet<string> TitleIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "at", "on", "to", "from", "by", "with", "for", "and", "or", "as", "than", "like", "about", "into",
        "onto", "via", "versus", "vs", "called", "named", "nicknamed", "dubbed", "titled", "entitled", "said", "says",
        "told", "tells", "read", "reads", "watch", "watched", "starring", "star", "known", "become", "became", "is",
        "was", "are", "were", "be", "being", "been",
    };

    // Words after which a quotation or a quoted name follows inside a sentence ("saying ‘Free refill’", "the ‘Out’
    // vote", "called it ‘The Beast’").
    private static readonly HashSet<string> QuoteIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "it",
        "him", "them", "us", "me", "you", "saying", "say", "add", "added", "adding", "asked", "asking", "replied",
        "wrote", "writes", "write", "writing", "chant", "chants", "chanted", "chanting", "shout", "shouted", "shouting",
        "sang", "sing", "singing", "tweeted", "posted", "captioned", "declared", "announced", "insisted", "claimed",
        "warned", "explained", "commented", "stated", "stating", "labelled", "branded", "word", "words", "phrase",
        "slogan", "motto", "sign", "banner", "headline",
    };

    // The space of a join, found by what follows it; what precedes it is read by EndsCaption, so the search never
    // scans backwards from every character of a long text. The openers of the second group start titles too ("In the
    // Heat of the Night"), with an article or preposition after them in lower case: a join there needs another word.
    [GeneratedRegex(@" (?=(?:The|He|She|They|It|We|This|These|Those|His|Her|Their|Its|There) \p{Ll}"
        + @"|(?:In|At|For|With|After|When|While|As|If|Since|Despite|Although|And|But|Then|Meanwhile|Earlier|Speaking|Many|Some|One|Police|Yesterday)"
        + @" (?!(?:the|a|an|of|to|in|on|at|for|with|and|or|by|from)\b)\p{Ll}"
        + @"|(?<quote>[‘“])\p{Lu})")]
    private static partial Regex Join();

    // A word (or a figure), perhaps in quotation marks or closing a bracket: what a caption's last word looks like.
    // EndsCaption asks for lower case, except before a quotation.
    [GeneratedRegex(@"^[(“""‘'’]*(?<word>\p{L}[\p{L}'’-]*|\d+(?:[,.]\d+)*[\p{Ll}%]*)[’')]?$")]
    private static partial Regex CaptionEnding();

    [GeneratedRegex(@"[.!?][’'""”)]*\s")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The text cut at every join, in order: story text, and the captions that ran into it. The text alone (not a
    /// caption) when it holds no join.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsCaption)> Split(string text)
    {
        List<(string, bool)>? pieces = null;
        int pieceStart = 0;
        foreach (Match join in Join().Matches(text))
        {
            bool quotation = join.Groups["quote"].Success;
            if (!EndsCaption(text, join.Index, quotation) || quotation && !OpensLongQuotation(text, join.Index + 1)) continue;
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

    // Whether the word before the space at joinIndex can end a caption: lower case or a figure (before a quotation,
    // any word), and no preposition or verb of naming that a title follows, nor before a quotation a word that
    // introduces one.
    private static bool EndsCaption(string text, int joinIndex, bool beforeQuotation)
    {
        int start = joinIndex;
        while (start > 0 && joinIndex - start <= MaxWordLength && !char.IsWhiteSpace(text[start - 1])) start--;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        var ending = CaptionEnding().Match(text, start, joinIndex - start);
        if (!ending.Success) return false;
        string word = ending.Groups["word"].Value;
        // Before a quotation a caption may also end on a name or a day ("… manager on Friday ‘I’d be …"): the
        // quotation's own shape (a spoken sentence) is what marks the join there.
        if (!beforeQuotation && char.IsLetter(word[0]) && !char.IsLower(word[0])) return false;
        return !TitleIntroducers.Contains(word) && !(beforeQuotation && QuoteIntroducers.Contains(word));
    }

    // Whether the quotation opening at quoteIndex reads as speech: it closes (an apostrophe inside a word, "I’d", does
    // not close it) after a comma or a stop, runs to MinQuotedWords words, and most of its words after the first are
    // in lower case, where a quoted title ("‘Gone With the Wind’") is capitalised and closes without a stop.
    private static bool OpensLongQuotation(string text, int quoteIndex)
    {
        char close = text[quoteIndex] == '“' ? '”' : '’';
        int words = 1, capitalised = 0, end = Math.Min(text.Length, quoteIndex + MaxQuoteSearch);
        for (int i = quoteIndex + 1; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                words++;
                if (i + 1 < text.Length && char.IsUpper(text[i + 1])) capitalised++;
            }
            else if (text[i] == close && !(i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1])))
                return words >= MinQuotedWords && ",.?!…".Contains(text[i - 1]) && capitalised * 2 < words - 1;
        }
        return false;
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
