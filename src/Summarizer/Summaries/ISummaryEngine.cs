using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Summaries;

/// <summary>Turns one article (and its extracted facts) into a structured summary. Verification happens after, outside the engine.</summary>
public interface ISummaryEngine
{
    /// <summary>Short stable name recorded in each summary and in cache keys ("extractive", "llm:gpt-4o-mini").</summary>
    string Name { get; }

    Task<StructuredSummary> SummarizeAsync(Article article, FactSheet facts, CancellationToken cancellationToken);
}
