using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Recognisers for lines that are not part of the story: publishing furniture that news pages and wire copy
/// carry around the text. Each returns the reason it fired, which is kept with the removed text.
/// </summary>
internal static partial class LineRules
{
    [GeneratedRegex(@"^(subscribe( now)?|sign (up|in)( now| for .{0,60})?|log ?in|register( now)?|advertisement|skip to (main )?content|share( this( article)?)?|read more|listen to (this )?article)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionLine();

    [GeneratedRegex(@"\b(sign up to (receive|get)|subscribe to (our|the)|newsletter|daily email|in your inbox|already a subscriber|support (our|independent) journalism)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignUpPrompt();

    [GeneratedRegex(@"^(©|\(c\)\s|copyright\b)|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(distributed by|with assistance from|additional reporting by|reporting by|editing by|edited by|written by|compiled by)\b|content agency", RegexOptions.IgnoreCase)]
    private static partial Regex Syndication();

    [GeneratedRegex(@"^(visit \S+\.(com|org|net|co\.uk)\b|follow us on|for more (news|stories)|click here|download (our|the) app|read (more|also|next):?)|\bfollow us on (x|twitter|facebook|telegram|instagram)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"^(watch( the)? video|video:|this video is from\b)|\bwatch the video\b", RegexOptions.IgnoreCase)]
    private static partial Regex Video();

    [GeneratedRegex(@"\((?:photo[^)]*|[^()]*\b(getty images|ap photo|afp|reuters|shutterstock|epa|bloomberg)\b[^()]*|[^()\s/]+(?:\s[^()\s/]+){0,3}(?:/[^()/]+){1,})\)\s*$|^(photo|image|picture|credit|caption)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"\bclick (here|on (this|the) link|the link)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClickHere();

    [GeneratedRegex(@"\bfollow\b[^.!?]{0,80}?\bon (twitter|facebook|instagram|youtube|tiktok|threads|linkedin|x)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SocialFollow();

    [GeneratedRegex(@"\b(not (currently )?accepting comments|comments (are|have been) (closed|disabled|switched off))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsClosed();

    // A notice about the page itself: "this interactive video may not work on some older browsers", "works best in full screen".
    [GeneratedRegex(@"\b(may|might|does|will|can) ?not (work|display|play|load|be (shown|displayed))\b[^.!?]{0,40}?\b(browsers?|devices?|app)\b|\bworks best (in|on|with)\b[^.!?]{0,30}?\b(full ?screen|browsers?|desktop|the app)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageNotice();

    // The page addressing its reader about the page: where to find things on it, what to send, how comments and contact
    // details are handled ("You can find a non-interactive version of the content below", "Your contact details will
    // never be published", "Please ensure you have read the terms and conditions", "Let us know what you think").
    [GeneratedRegex(@"\b(you|your)\b[^.!?]{0,80}?\b(browsers?|full ?screen|(links?|content|version|information|form) below|terms and conditions|telephone number|this (new )?format)\b|\byour (comments|contact details|name)( and [a-z ]{1,30})? (will|may|might|would) (never |not )?be (published|used|shared|edited)\b|\blet us know what you think\b|\bwhen sending us (pictures|photos|videos?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderAddress();

    // "By Jane Doe", "By . Daily Mail Reporter .", "By Jane Doe and John Roe, Reuters": only capitalised words follow "By".
    [GeneratedRegex(@"^[Bb]y\s+(\.\s+)?(\p{Lu}[\p{L}'’.-]*\s*){1,4}((,|and|&)\s*(\p{Lu}[\p{L}'’.-]*\s*){1,4})*(\.|\||$)")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(sources?( include)?|references|related( articles| stories)?|more on this story|tags)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeader();

    [GeneratedRegex(@"^[\w.-]+\.(com|org|net|ai|io|co\.uk|news|info)(/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainOnly();

    public static string? Classify(string line)
    {
        if (SubscriptionLine().IsMatch(line)) return "subscription";
        if (line.Length < 300 && SignUpPrompt().IsMatch(line)) return "sign-up";
        if (line.Length < 200 && Copyright().IsMatch(line)) return "copyright";
        if (line.Length < 200 && Syndication().IsMatch(line)) return "syndication";
        if (line.Length < 200 && Promotion().IsMatch(line)) return "promotion";
        if (line.Length < 200 && Video().IsMatch(line)) return "video";
        if (line.Length < 400 && PhotoCredit().IsMatch(line)) return "photo caption";
        return PageNotices(line);
    }

    /// <summary>
    /// False when no sentence of <paramref name="line"/> can be furniture by <see cref="ClassifySentence"/>: none of the
    /// words its rules need occurs. Saves splitting the many paragraphs that hold none.
    /// </summary>
    public static bool MayHoldFurnitureSentence(string line) =>
        line.AsSpan().IndexOfAny(SentenceFurnitureWords) >= 0 || line.StartsWith("By ", StringComparison.Ordinal)
        || line.Contains(" By ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> SentenceFurnitureWords = System.Buffers.SearchValues.Create(
        ["subscri", "sign ", "log in", "login", "register", "advertisement", "skip to", "share", "read ", "listen", "©",
         "(c)", "copyright", "rights reserved", "visit ", "follow", "for more", "download", "click", "watch", "video", "comment",
         "browser", "screen", "below", "terms and conditions", "contact details", "your comments", "telephone number", "format", "let us know",
         "sending us", "works best", "not work", "not display", "not play", "not load"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The furniture rules that are safe on one sentence of a paragraph (a scraped page often has no line breaks):
    /// those anchored at the sentence's start or naming an action only a page offers (click, follow on a network,
    /// comments closed, a byline).
    /// </summary>
    public static string? ClassifySentence(string sentence)
    {
        if (SubscriptionLine().IsMatch(sentence)) return "subscription";
        if (sentence.Length < 200 && Copyright().IsMatch(sentence)) return "copyright";
        if (sentence.Length < 200 && Promotion().IsMatch(sentence)) return "promotion";
        if (sentence.Length < 200 && Video().IsMatch(sentence)) return "video";
        if (sentence.Length < 200 && (ClickHere().IsMatch(sentence) || SocialFollow().IsMatch(sentence))) return "promotion";
        if (sentence.Length < 200 && CommentsClosed().IsMatch(sentence)) return "comments";
        if (sentence.Length < 100 && Byline().IsMatch(sentence)) return "byline";
        return PageNotices(sentence);
    }

    // Only a short text is a notice: a long paragraph that mentions a browser is the story.
    private static string? PageNotices(string text) =>
        text.Length < 250 && (PageNotice().IsMatch(text) || ReaderAddress().IsMatch(text)) ? "page notice" : null;

    public static bool IsListHeader(string line) => ListHeader().IsMatch(line);

    public static bool IsListItem(string line) =>
        DomainOnly().IsMatch(line) || (line.Length < 60 && !EndsLikeSentence(line) && !line.Contains(' ') && Unspaced.Words(line) == 1);

    /// <summary>
    /// A short line without sentence punctuation: a subheading, a section label or a navigation crumb. Words are counted
    /// by <see cref="Unspaced.Words"/>, so a line of Chinese or Japanese, which has no spaces, is not one word.
    /// </summary>
    public static bool IsHeading(string line)
    {
        if (line.Length > 90 || EndsLikeSentence(line)) return false;
        return Unspaced.Words(line) <= 12;
    }

    // What may close a line after its sentence's end: quotation marks and brackets, Latin and of unspaced scripts.
    private static readonly char[] LineEndClosers = ['"', '\'', '”', '’', '»', ')', ' ', .. Unspaced.ClosingMarks];

    /// <summary>
    /// True when the line ends on a sentence's punctuation, closing quotes and brackets aside: a full stop, "!", "?",
    /// "…", ":" or ";", their Chinese and Japanese forms ("。", "！", "？", "：", "；"), the Arabic question mark "؟" and the
    /// Urdu full stop "۔".
    /// </summary>
    public static bool EndsLikeSentence(string line)
    {
        string t = line.TrimEnd(LineEndClosers);
        return t.Length > 0 && (t[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '؟' or '۔' or '：' or '；' || Unspaced.IsSentenceEnd(t[^1]));
    }
}
