using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Verification;

/// <summary>Checks a summary's own claims against the facts of its article.</summary>
public interface ISummaryVerifier
{
    Verdict Verify(Article article, FactSheet facts, StructuredSummary summary);
}
