using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Summaries;

/// <summary>Turns one article (and its extracted facts) into a structured summary. Verification happens after, outside the engine.</summary>
public interface ISummaryEngine
{
    /// <summary>Short stable name recorded in each summary and in cache keys ("extractive", "llm:gpt-4o-mini").</summary>
    string Name { get; }

    Task<StructuredSummary> SummarizeAsync(Article article, FactSheet facts, CancellationToken cancellationToken);

    /// <summary>
    /// True when the engine has slow work to do before it needs the facts (a model call), so a caller should extract
    /// them alongside and use <see cref="SummarizeAsync(Article, Task{FactSheet}, CancellationToken)"/>.
    /// </summary>
    bool OverlapsFacts => false;

    /// <summary>
    /// As <see cref="SummarizeAsync(Article, FactSheet, CancellationToken)"/> with the facts still being extracted; an
    /// engine that sets <see cref="OverlapsFacts"/> waits for them only when it needs them. By default, at once.
    /// </summary>
    async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        await SummarizeAsync(article, await facts.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
