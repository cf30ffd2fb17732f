using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification.Checks;

namespace Summarizer.Verification.Matching;

/// <summary>
/// The summary sentences that occur word for word in the article (case, accents, punctuation and quotation marks
/// aside). What such a sentence states, the article states: a claim read from it that a field check could not match
/// (a quotation cut off by the sentence boundary, a role the extractor attached differently) is supported by the
/// sentence itself.
/// </summary>
internal sealed class CopiedSentences
{
    private const int MinWords = 3;
    private readonly List<(int Start, int End, int ArticleStart, int ArticleEnd)> _copied = [];
    private readonly CheckContext _ctx;

    public CopiedSentences(Article summary, CheckContext ctx)
    {
        _ctx = ctx;
        string hay = ctx.Normalized.Value;
        foreach (var s in summary.Sentences)
        {
            string needle = NormalizedText.Normalize(s.Text);
            if (needle.Count(c => c == ' ') + 1 < MinWords) continue;
            int at = NormalizedText.IndexOfWords(hay, needle, 0);
            if (at < 0) continue;
            _copied.Add((s.Start, s.End, ctx.Normalized.Original(at), ctx.Normalized.Original(at + needle.Length - 1) + 1));
        }
    }

    /// <summary>The finding, or — when it is not supported and every span it was read from lies in a copied sentence — the finding supported by that sentence.</summary>
    public Finding Vouch(Finding finding, IReadOnlyCollection<TextSpan> spans)
    {
        if (finding.Status == FindingStatus.Supported || spans.Count == 0 || _copied.Count == 0) return finding;
        (int Start, int End, int ArticleStart, int ArticleEnd)? first = null;
        foreach (var span in spans)
        {
            var holder = _copied.FirstOrDefault(c => c.Start <= span.Start && span.End <= c.End);
            if (holder.End == 0) return finding;
            first ??= holder;
        }
        var (_, _, start, end) = first!.Value;
        return finding with
        {
            Status = FindingStatus.Supported, Evidence = _ctx.Article.Text[start..end], EvidenceStart = start, EvidenceLength = end - start,
            Note = "stated in a sentence copied word for word from the article",
        };
    }
}
