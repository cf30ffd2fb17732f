using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Page furniture that scraped text carries inside a paragraph, often glued to the prose around it: player and
/// scrolling prompts ("Scroll down for video", "Media playback is unsupported on your device"), share bars whose
/// button labels ran together ("Share this withEmailFacebook…Copy this link") and update stamps ("Last updated at
/// 09:22 GMT") and pointers to a picture the text no longer shows ("Fred Goodwin (pictured)", "(left)", "(file
/// photo)"). Each pattern is self-delimiting, so it can be cut out of a line without sentence punctuation.
/// </summary>
internal static partial class InlineFurniture
{
    [GeneratedRegex(@"\bscroll (?:down|up) (?:for|to see) (?:the )?(?:videos?|more|pictures|photos)\b[.:]?", RegexOptions.IgnoreCase)]
    private static partial Regex ScrollPrompt();

    [GeneratedRegex(@"\bmedia playback is (?:not supported|unsupported) on (?:this|your) device\.?", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerPrompt();

    // The button labels of a share bar lose their spaces when scraped: "Share this with" runs into "Email", so a
    // capital right after the phrase marks the bar (prose "share this with her" keeps its space).
    [GeneratedRegex(@"\b(?i:share (?:this|the (?:story|article|page))(?: with| on| via)?)(?=\p{Lu})\S*(?:\s+(?i:this|the) link)?")]
    private static partial Regex ShareBar();

    // "18 March 2014 Last updated at 09:22 GMT", "PUBLISHED: 12:03 EST, 3 May 2013 | UPDATED: …": capitalised, as page stamps are.
    [GeneratedRegex(@"(?:\b\d{1,2} \p{Lu}\p{Ll}+ \d{4}\s+)?\b(?:Last updated|LAST UPDATED|Updated|UPDATED|Published|PUBLISHED)(?: at| on)?:?\s*\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:GMT|BST|UTC|CET|CEST|E[SD]?T|P[SD]?T))?(?:,?\s*\d{1,2} \p{Lu}\p{Ll}+ \d{4})?(?:\s*\|)?")]
    private static partial Regex UpdateStamp();

    // A bracket that only points at a picture: where a person stands in it ("(left)", "(second from right)", "(top
    // left)", "(left and right)"), "pictured" with or without who or when ("(pictured with his wife in 2013)", "(both
    // pictured)"), or what kind of picture it is ("(file photo)", "(picture posed by model)"). A bracket that says more
    // than that ("(to finish above City)", "(R-Maine)") is prose and stays, and so do "(far right)" and "(centre
    // left)", which also name a politics.
    [GeneratedRegex(@"\s*\((?:pictured\b[^()]{0,80}|(?:[\w-]+ ){0,3}pictured|(?:seen|shown) (?:above|below|left|right|here)|(?:(?:second|third|fourth|top|bottom|back|front)(?: from)? )?(?:left|right|centre|center|above|below|inset)(?: (?:and|to) (?:left|right|centre|center))?|from left(?: to right)?|l-r|[^()]{1,40}, (?:left|right|above|below|centre|center)|(?:file|stock|library|archive) (?:picture|image|photo|photograph)(?: of [^()]{1,60})?|pictur(?:e|ed) posed by (?:a )?models?)\)", RegexOptions.IgnoreCase)]
    private static partial Regex PicturePointer();

    /// <summary>The line without its inline furniture; what was cut is added to <paramref name="removed"/>.</summary>
    public static string Strip(string line, List<RemovedText> removed)
    {
        line = Cut(line, ScrollPrompt(), "video", removed);
        line = Cut(line, PlayerPrompt(), "video", removed);
        line = Cut(line, ShareBar(), "share bar", removed);
        return Cut(line, UpdateStamp(), "timestamp", removed);
    }

    /// <summary>
    /// Story text without its pointers to pictures. Run only once captions are cut off: a pointer is also what shows
    /// that a line is a caption run into the story ("… in Leeds (pictured) In return, …").
    /// </summary>
    public static string StripPicturePointers(string story, List<RemovedText> removed) =>
        Cut(story, PicturePointer(), "picture pointer", removed);

    private const string ClosingPunctuation = ",.;:!?)]”’'";

    private static string Cut(string line, Regex pattern, string reason, List<RemovedText> removed)
    {
        var match = pattern.Match(line);
        if (!match.Success) return line;
        var sb = new StringBuilder(line.Length);
        int copied = 0;
        for (; match.Success; match = match.NextMatch())
        {
            removed.Add(new RemovedText(reason, match.Value.Trim()));
            sb.Append(line, copied, match.Index - copied);
            // The cut leaves the words either side apart: one space, none at the line's ends or before punctuation.
            int after = match.Index + match.Length;
            if (sb.Length > 0 && sb[^1] != ' ' && after < line.Length && line[after] != ' ' && !ClosingPunctuation.Contains(line[after])) sb.Append(' ');
            copied = match.Index + match.Length;
        }
        sb.Append(line, copied, line.Length - copied);
        return CollapseSpaces(sb.ToString());
    }

    private static string CollapseSpaces(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' '))) return text;
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
