using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Summaries;

/// <summary>
/// Turns one article into a structured summary. The article's facts may still be being extracted when the engine is
/// called: an engine with slow work to do first (a model call) awaits them only when it needs them. The pipeline
/// verifies the result afterwards; an engine sets no verdict.
/// </summary>
public interface ISummaryEngine
{
    /// <summary>Short stable name recorded in each summary and in cache keys ("extractive", "llm:gpt-4o-mini").</summary>
    string Name { get; }

    /// <summary>Everything besides the article that shapes this engine's summaries; part of the summary cache key.</summary>
    EngineIdentity Identity => new(Name);

    Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken);
}

/// <summary>Calls for the common case where the facts are already at hand.</summary>
public static class SummaryEngineExtensions
{
    public static Task<StructuredSummary> SummarizeAsync(this ISummaryEngine engine, Article article, FactSheet facts, CancellationToken cancellationToken) =>
        engine.SummarizeAsync(article, Task.FromResult(facts), cancellationToken);
}
