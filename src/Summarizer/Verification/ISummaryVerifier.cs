using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Verification;

/// <summary>Checks a summary's own claims against the facts of its article.</summary>
public interface ISummaryVerifier
{
    /// <summary>Checks a structured summary: its fields and the figures, names and quotes in its headline and lede.</summary>
    Verdict Verify(Article article, FactSheet facts, StructuredSummary summary);

    /// <summary>Checks free text written by anyone: its facts are extracted by the same rules, then matched.</summary>
    Verdict VerifyText(Article article, FactSheet facts, string summaryText);

    /// <summary>Names the verification rules: part of the key of every cached verdict, so a new verifier re-judges.</summary>
    string Version => GetType().Name;
}
