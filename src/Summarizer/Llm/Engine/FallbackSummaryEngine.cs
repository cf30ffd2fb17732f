using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Llm.Engine;

/// <summary>Presents any <see cref="ISummaryEngine"/> (normally the extractive one) as the fallback.</summary>
public sealed class FallbackSummaryEngine(ISummaryEngine inner) : IFallbackSummaryEngine
{
    public string Name => inner.Name;

    public Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        inner.SummarizeAsync(article, facts, cancellationToken);
}
