using System.Collections.Concurrent;
using System.Threading.Channels;
using Summarizer.Pipeline;
using Summarizer.Storage;

namespace Summarizer.Distributed;

/// <summary>The coordinator's wait: outcomes polled from the store and assembled as they arrive.</summary>
public sealed partial class DistributedBatchRunner
{
    /// <summary>
    /// Waits for the outcome of every article of <paramref name="work"/>, assembling each as it arrives (facts from the
    /// shared cache, summary file written) while the workers are still busy, so only the last few remain at the end.
    /// Returns (or, cancelled, throws) only once no assembly is running: every result added has its file written whole.
    /// </summary>
    private async Task CollectAsync(string runId, List<ArticleWork> work, int localFailures,
        ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)> results, string outputFolder,
        IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        // A failed assembly (say, an unwritable output folder) ends the wait at once; its exception is what surfaces.
        using var collecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var arrivals = Channel.CreateUnbounded<(ArticleWork Message, StoredItem Outcome)>(new UnboundedChannelOptions { SingleWriter = true });
        var assembly = Parallel.ForEachAsync(arrivals.Reader.ReadAllAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = cancellationToken },
            async (arrival, ct) =>
            {
                var (message, outcome) = arrival;
                try
                {
                    var result = outcome.Summary is { } summary ? await ResultOfAsync(message, outcome, summary, ct) : null;
                    if (result?.Summary is { } written) await RunOutput.WriteSummaryAsync(outputFolder, written, ct);
                    results.Add((message.Sequence, outcome.Item, result));
                }
                catch
                {
                    await collecting.CancelAsync();
                    throw;
                }
            });
        try
        {
            await PollOutcomesAsync(runId, work, localFailures, arrivals.Writer, progress, collecting.Token);
        }
        finally
        {
            arrivals.Writer.TryComplete();
            await assembly;
        }
    }

    /// <summary>Polls the store for the outcomes still awaited and hands each new one to the assembly, until all are in.</summary>
    private async Task PollOutcomesAsync(string runId, List<ArticleWork> work, int localFailures,
        ChannelWriter<(ArticleWork, StoredItem)> arrivals, IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        var awaited = work.ToDictionary(w => w.Sequence);
        int total = work.Count + localFailures;
        using var outstanding = depth.Track(work.Count);
        progress?.Report(new BatchProgress(localFailures, total, localFailures, $"run {runId}", null));
        while (awaited.Count > 0)
        {
            var arrived = await runs.GetItemsAsync(runId, awaited.Keys, ct);
            foreach (var outcome in arrived)
                if (awaited.Remove(outcome.Sequence, out var message)) await arrivals.WriteAsync((message, outcome), ct);
            outstanding.Set(awaited.Count);
            if (arrived.Count > 0) progress?.Report(new BatchProgress(total - awaited.Count, total, localFailures, $"run {runId}", null));
            if (awaited.Count > 0) await Task.Delay(TimeSpan.FromMilliseconds(_options.PollIntervalMilliseconds), time, ct);
        }
    }
}
