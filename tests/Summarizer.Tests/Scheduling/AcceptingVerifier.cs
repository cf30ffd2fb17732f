using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>Stands in for the real verifier (another feature) where only the flow around it is under test.</summary>
internal sealed class AcceptingVerifier : ISummaryVerifier
{
    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary) =>
        new(1, [new Finding("headline", summary.Headline, FindingStatus.Supported, summary.Lede, 0, summary.Lede.Length)]);

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) => new(1, []);
}
