using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Llm.Engine;

/// <summary>Phrases failed findings as the lines of the repair prompt.</summary>
internal static class RepairFindings
{
    public static List<string> Lines(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Status != FindingStatus.Supported).Select(Line).ToList();

    private static string Line(Finding f)
    {
        var verdict = f.Status == FindingStatus.Contradicted ? "contradicts the article" : "is not supported by the article";
        var evidence = string.IsNullOrWhiteSpace(f.Evidence) ? "" : $" The article says: \"{f.Evidence}\".";
        var note = string.IsNullOrWhiteSpace(f.Note) ? "" : $" ({f.Note})";
        // Claims echo the model's output and evidence quotes the article: both are data and must not close a block.
        return ArticlePromptData.Neutralise($"[{f.Kind}] {f.Claim} — {verdict}.{evidence}{note}");
    }
}
