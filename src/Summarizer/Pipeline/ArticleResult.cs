using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Pipeline;

/// <summary>What happened to one input item: its summary (with verdict) and facts, or the reason it failed.</summary>
public sealed record ArticleResult(
    string Source,
    Article? Article,
    FactSheet? Facts,
    StructuredSummary? Summary,
    string? Error,
    TimeSpan Elapsed)
{
    public bool Succeeded => Summary is not null;
}
