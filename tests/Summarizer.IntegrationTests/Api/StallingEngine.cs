using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.IntegrationTests.Api;

/// <summary>An engine that never finishes on its own: it waits until its cancellation token fires, and says when it did.</summary>
internal sealed class StallingEngine : ISummaryEngine
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "stalling";

    public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
        throw new InvalidOperationException("unreachable");
    }
}
