using Summarizer.Pipeline;

namespace Summarizer.Distributed;

/// <summary>The report row of an article as a worker records it; the same row <see cref="BatchRunner"/> writes.</summary>
internal static class RunItems
{
    public static RunItem For(ArticleResult result)
    {
        if (result.Summary is not { } summary) return RunItem.Failure(result.Source, result.Error ?? "no summary", result.Elapsed);
        return new RunItem(result.Source, summary.Id, summary.Headline, $"{summary.Id}.json", summary.Verdict?.IsVerified, summary.Verdict?.Score,
            summary.Fallback, summary.Usage, result.Elapsed.TotalMilliseconds, null) { CachedStages = result.CachedStages };
    }

    /// <summary>The row of an article the queue gave up on.</summary>
    public static RunItem DeadLettered(string source, int attempts, string reason) =>
        RunItem.Failure(source, $"dead-lettered after {attempts} attempts: {reason}");
}
