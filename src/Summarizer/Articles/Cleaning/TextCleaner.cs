using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Articles.Sentences;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Takes the furniture out of an article body (subscription prompts, captions and credits, copyright and
/// syndication lines, sign-up blocks, video promotions, source lists, subheadings) and keeps what it removed.
/// </summary>
public static partial class TextCleaner
{
    [GeneratedRegex(@"^[-•*·▪–]\s+")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^(©|\(c\)|copyright)\s*(\d{4}\s*)?(?<owner>[^.,]+?)(\s+(L\.?P\.?|Inc\.?|LLC|Ltd\.?|plc))?\.?\s*(all rights reserved.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOwner();

    /// <param name="body">The raw body text.</param>
    /// <param name="detectTitle">True for plain text, where the first line is the title when it reads like one.</param>
    public static CleanedText Clean(string body, bool detectTitle)
    {
        var lines = LineNormalizer.Lines(Detokenizer.Detokenize(Mojibake.Repair(body)));
        var removed = new List<RemovedText>();
        var kept = new List<string>();
        string? title = null, outlet = null, datelineOutlet = null;
        var captionLines = new List<int>();
        bool inList = false;
        int lastKeptRawIndex = -10;

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Length == 0) { inList = false; continue; }
            if (inList && LineRules.IsListItem(line)) { removed.Add(new("source list", line)); continue; }
            inList = false;
            if (LineRules.IsListHeader(line)) { removed.Add(new("source list", line)); inList = true; continue; }

            string? reason = LineRules.Classify(line);
            if (reason is not null)
            {
                removed.Add(new(reason, line));
                if (reason == "copyright") outlet ??= CopyrightHolder(line);
                if (reason == "photo caption") DropCaptionAltText(kept, captionLines, removed, i - lastKeptRawIndex);
                continue;
            }

            var (datelineLength, agency) = Dateline.Find(line);
            if (datelineLength > 0)
            {
                removed.Add(new("dateline", line[..datelineLength].Trim()));
                line = line[datelineLength..];
                if (kept.Count == 0) datelineOutlet ??= agency;
            }
            line = BulletMarker().Replace(line, "");
            line = GluedSentences.Repair(InlineFurniture.Strip(line, removed));
            foreach (var (piece, isCaption) in CaptionsAndStory(line))
            {
                int keptBefore = kept.Count;
                if (!isCaption) KeepStory(InlineFurniture.StripPicturePointers(piece, removed), detectTitle, kept, removed, ref title);
                else if (LineRules.Classify(piece) is { } pieceReason) removed.Add(new(pieceReason, piece));
                else { captionLines.Add(kept.Count); kept.Add(piece); }
                if (kept.Count > keptBefore) lastKeptRawIndex = i;
            }
        }
        return new CleanedText(string.Join('\n', kept), title, removed, outlet ?? datelineOutlet) { Captions = RangesOf(kept, captionLines) };
    }

    // The line cut into captions (labelled ones, then those that ran on without a label) and story text, in order.
    private static IEnumerable<(string Text, bool IsCaption)> CaptionsAndStory(string line) =>
        LabelledCaptions.Split(line).SelectMany(p => p.IsCaption ? [p] : RunOnCaptions.Split(p.Text));

    // The story text of a line, less furniture sentences, cut where headings were glued on: each piece kept, or taken
    // out as furniture, a heading or the title.
    private static void KeepStory(string line, bool detectTitle, List<string> kept, List<RemovedText> removed, ref string? title)
    {
        var parts = GluedHeadings.Split(WithoutFurnitureSentences(line, removed));
        for (int p = 0; p < parts.Count; p++)
        {
            string part = parts[p];
            if (part.Length == 0) continue;
            // A piece cut off a glued line is a line of its own: furniture, a heading or a paragraph.
            if (p > 0 && LineRules.Classify(part) is { } partReason) { removed.Add(new(partReason, part)); continue; }
            if (detectTitle && title is null && kept.Count == 0 && part.Length <= 200 && !LineRules.EndsLikeSentence(part))
            {
                title = part;
                continue;
            }
            if (LineRules.IsHeading(part)) { removed.Add(new("heading", part)); continue; }
            kept.Add(part);
        }
    }

    // Where the kept lines at the given indexes sit in the text the lines make when joined by '\n'.
    private static List<TextRange> RangesOf(List<string> kept, List<int> lineIndexes)
    {
        var ranges = new List<TextRange>(lineIndexes.Count);
        int offset = 0, next = 0;
        for (int k = 0; k < kept.Count && next < lineIndexes.Count; k++)
        {
            if (lineIndexes[next] == k) { ranges.Add(new TextRange(offset, kept[k].Length)); next++; }
            offset += kept[k].Length + 1;
        }
        return ranges;
    }

    // A scraped page may be one long line: furniture then sits between its sentences rather than on lines of its own.
    private static string WithoutFurnitureSentences(string line, List<RemovedText> removed)
    {
        if (!LineRules.MayHoldFurnitureSentence(line)) return line;
        var sentences = SentenceSplitter.Split(line);
        List<Sentence>? kept = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            string? reason = LineRules.ClassifySentence(sentences[i].Text);
            if (reason is null) { kept?.Add(sentences[i]); continue; }
            kept ??= sentences.Take(i).ToList();
            removed.Add(new(reason, sentences[i].Text));
        }
        return kept is null ? line : string.Join(' ', kept.Select(s => s.Text));
    }

    // A credited caption is often preceded by a short alt-text line describing the same picture.
    private static void DropCaptionAltText(List<string> kept, List<int> captionLines, List<RemovedText> removed, int linesSinceKept)
    {
        if (kept.Count == 0 || linesSinceKept > 3) return;
        string previous = kept[^1];
        if (previous.Length > 100 || previous.Count(c => c is '.' or '!' or '?') > 1) return;
        kept.RemoveAt(kept.Count - 1);
        captionLines.Remove(kept.Count);
        removed.Add(new("photo caption", previous));
    }

    private static string? CopyrightHolder(string line)
    {
        var m = CopyrightOwner().Match(line);
        if (!m.Success) return null;
        string owner = m.Groups["owner"].Value.Trim();
        return owner.Length is > 1 and < 60 ? owner : null;
    }

    /// <summary>Builds a one-line summary of what was removed, for logs.</summary>
    public static string Describe(IReadOnlyList<RemovedText> removed)
    {
        var sb = new StringBuilder();
        foreach (var group in removed.GroupBy(r => r.Reason))
            sb.Append(sb.Length == 0 ? "" : ", ").Append(group.Key).Append(" ×").Append(group.Count());
        return sb.ToString();
    }
}
