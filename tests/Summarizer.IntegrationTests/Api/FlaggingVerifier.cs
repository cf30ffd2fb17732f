using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Api;

/// <summary>A stand-in verifier: supports the lede and flags one invented claim, so the page has both kinds to show.</summary>
internal sealed class FlaggingVerifier : ISummaryVerifier
{
    public const string InventedClaim = "40,000 troops";

    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary)
    {
        var lede = LedeSentence(article, summary);
        return new(0.5,
        [
            new Finding("lede", summary.Lede, FindingStatus.Supported, lede.Text, lede.Start, lede.Length),
            new Finding("quantity", InventedClaim, FindingStatus.Unsupported, null, Note: "not found in the article"),
        ]);
    }

    // The lede's evidence is its sentence as the article writes it (the lede may add a full stop).
    private static Sentence LedeSentence(Article article, StructuredSummary summary) =>
        article.Sentences.FirstOrDefault(s => summary.Lede.StartsWith(s.Text, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the stand-in expects an extractive lede: one of the article's sentences");

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) => new(1, []);
}
