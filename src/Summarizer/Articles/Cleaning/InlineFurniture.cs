using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Page furniture that scraped text carries inside a paragraph, often glued to the prose around it: player and
/// scrolling prompts ("Scroll down for video", "Media playback is unsupported on your device"), share bars whose
/// button labels ran together ("Share this withEmailFacebook…Copy this link") and update stamps ("Last updated at
/// 09:22 GMT"). Each pattern is self-delimiting, so it can be cut out of a line without sentence punctuation.
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

    /// <summary>The line without its inline furniture; what was cut is added to <paramref name="removed"/>.</summary>
    public static string Strip(string line, List<RemovedText> removed)
    {
        line = Cut(line, ScrollPrompt(), "video", removed);
        line = Cut(line, PlayerPrompt(), "video", removed);
        line = Cut(line, ShareBar(), "share bar", removed);
        return Cut(line, UpdateStamp(), "timestamp", removed);
    }

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
            // The cut leaves the words either side apart: one space, none at the line's ends.
            if (sb.Length > 0 && sb[^1] != ' ' && match.Index + match.Length < line.Length && line[match.Index + match.Length] != ' ') sb.Append(' ');
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
