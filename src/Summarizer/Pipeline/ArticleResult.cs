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

    /// <summary>The stages whose result came from the cache ("facts", "summary").</summary>
    public IReadOnlyList<string> CachedStages { get; init; } = [];

    /// <summary>True when an unexpected exception stopped the article (a bug or a failing dependency, not bad input): worth retrying elsewhere.</summary>
    public bool InternalError { get; init; }

    public static ArticleResult Failed(string source, Article? article, string error, TimeSpan elapsed) =>
        new(source, article, null, null, error, elapsed);
}
