using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Photo captions that open on a short label ("Guilty: Glenn Mason, 56, has said he will pay back the whole £185,000")
/// and that scraping ran into the story with no full stop between them ("… out of his RBS pension pot A respected
/// NatWest bank manager who …"). A label alone is not enough ("Update: police said …" is prose), so a caption is
/// only cut where the join that ends it is found: a lower-case word followed, without punctuation, by a word that only
/// opens a sentence, by a spoken quotation, or by the next caption's label. Found over every refs and CLIFF article:
/// quotations introduced with a colon ("He said: 'We …'") are never labels, as a caption's text opens on a capital.
/// </summary>
internal static partial class LabelledCaptions
{
    private const int MaxCaptionLength = 300;
    private const int MaxSecondSentenceLength = 150;

    // A label of one to four words, the first capitalised, then a colon and a capital: at the start of the line or
    // after the end of a sentence; or, right where a caption ended, the next caption's label.
    [GeneratedRegex(@"(?:^|(?<=[.!?][’'""”]?\s))(?<label>\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}): (?=\p{Lu})")]
    private static partial Regex Label();

    [GeneratedRegex(@"\G\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}: (?=\p{Lu})")]
    private static partial Regex LabelAfterCaption();

    // Where the caption stops and the story starts. After a word written in lower case or digits (or a closing quote)
    // and one space: a word that opens sentences but never follows a lower-case word inside one (an article, a pronoun,
    // a preposition or conjunction written with a capital), a spoken quotation (one that closes after a comma or a full
    // stop: a title in quotation marks, "dubbed ‘The First Great Escape’", does not), or another label. After a name
    // ("… in Liverpool The amount"): an article or pronoun followed by a lower-case word, so that a capitalised title
    // ("Lord Of The Rings") is not cut.
    [GeneratedRegex(@"(?<=\p{Ll}) (?=(?:An|The|This|These|Those|He|She|They) \p{Ll}\p{L}*(?! \p{Lu}))|(?<=(?:^|[\s(])[\p{Ll}\d](?:\S*[\p{Ll}\d)])?|[’”']) (?=(?:A|An|The|This|These|Those|That|It|He|She|They|We|His|Her|Their|Its|There|In|On|At|After|Before|When|While|As|But|And|Despite|According|Earlier|Later|However|Meanwhile|Since|Although|If|During|Following|Yesterday|Today) \p{L}|[‘“']\p{Lu}.{0,300}?[,.!?][’”'""]|\p{Lu}\p{Ll}*(?: \p{Ll}[\p{L}'’-]*){0,3}: \p{Lu})")]
    private static partial Regex StoryStart();

    /// <summary>
    /// The line cut into its pieces, in order: each labelled caption, and the story text around them. The line alone
    /// (not a caption) when it holds none.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsCaption)> Split(string line)
    {
        if (line.IndexOf(": ", StringComparison.Ordinal) < 0) return [(line, false)];
        List<(string, bool)>? pieces = null;
        int storyStart = 0, searchFrom = 0;
        while (searchFrom < line.Length)
        {
            var label = searchFrom == storyStart && storyStart > 0 && LabelAfterCaption().Match(line, searchFrom) is { Success: true } next
                ? next
                : Label().Match(line, searchFrom);
            if (!label.Success) break;
            int captionEnd = CaptionEnd(line, label);
            if (captionEnd < 0) { searchFrom = label.Index + label.Length; continue; }
            pieces ??= [];
            if (label.Index > storyStart) pieces.Add((line[storyStart..label.Index].TrimEnd(), false));
            pieces.Add((line[label.Index..captionEnd].Trim(), true));
            storyStart = searchFrom = captionEnd + 1;
        }
        if (pieces is null) return [(line, false)];
        if (storyStart < line.Length) pieces.Add((line[storyStart..], false));
        return pieces;
    }

    // The index of the space that ends the caption, or -1 when no join is found close enough.
    private static int CaptionEnd(string line, Match label)
    {
        int textStart = label.Index + label.Length;
        int limit = Math.Min(line.Length, label.Index + MaxCaptionLength);
        var start = StoryStart().Match(line, textStart, limit - textStart);
        if (!start.Success) return -1;
        // A caption is a line or two under a picture: a second sentence is taken only when it is short, as prose that
        // ran on after an unseen join would be long.
        int stop = -1;
        for (int i = textStart; i < start.Index; i++)
        {
            if (line[i] is not ('.' or '!' or '?') || i + 1 >= line.Length || line[i + 1] != ' ') continue;
            if (stop >= 0) return -1;
            stop = i;
        }
        return stop < 0 || start.Index - stop <= MaxSecondSentenceLength ? start.Index : -1;
    }
}
