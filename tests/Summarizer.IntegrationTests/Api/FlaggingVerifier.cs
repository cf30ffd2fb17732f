using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Api;

/// <summary>A stand-in verifier: supports the lede and flags one invented claim, so the page has both kinds to show.</summary>
internal sealed class FlaggingVerifier : ISummaryVerifier
{
    public const string InventedClaim = "40,000 troops";

    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary) => new(0.5,
    [
        new Finding("lede", summary.Lede, FindingStatus.Supported, summary.Lede, 0, summary.Lede.Length),
        new Finding("quantity", InventedClaim, FindingStatus.Unsupported, null, Note: "not found in the article"),
    ]);

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) => new(1, []);
}
