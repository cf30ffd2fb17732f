using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Runs;
using Summarizer.Pipeline.Stages;
using Summarizer.Storage;
using Summarizer.Summaries;

namespace Summarizer.Distributed;

/// <summary>
/// The coordinator of a distributed batch: reads the inputs, sends one message per article to the queue, waits until
/// the store holds an outcome for every one (summarised, failed, or dead-lettered), then compares the stories and
/// writes the same outputs as <see cref="BatchRunner"/>. Inputs that cannot be read never leave this process.
/// </summary>
public sealed partial class DistributedBatchRunner(
    ArticleFileReader reader,
    ArticleFactory factory,
    ArticleProcessor processor,
    FactsStage facts,
    ComparisonService comparisons,
    RunScopes runScopes,
    IRunStore runs,
    IBus bus,
    QueueDepth depth,
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<DistributedBatchRunner> logger) : IBatchRunner
{
    private readonly QueueOptions _options = options.Value;

    public Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null) =>
        RunAsync(BatchInputs.FromPaths(inputs), outputFolder, progress, cancellationToken, maxConcurrency);

    public async Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null)
    {
        using var run = runScopes.Begin(RunKind.Batch);
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        string runId = $"{started:yyyyMMddTHHmmssZ}-{Guid.NewGuid().ToString("N")[..8]}";
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = runId });

        var local = new List<(int Order, RunItem Item)>();
        int order = 0;
        foreach (var path in inputs.Missing) local.Add((order++, RunItem.Failure(path, "no such file or folder")));
        var work = new List<ArticleWork>();
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{_options.QueueName}"));
        var sending = new List<Task>();
        // Each article is sent as soon as it is read, so workers start while the rest of the inputs are still read.
        foreach (var file in inputs.Files)
            foreach (var outcome in await reader.ReadFileAsync(file, cancellationToken))
            {
                if (outcome.Article is not { } article)
                {
                    local.Add((order++, RunItem.Failure(outcome.Source, outcome.Error ?? "unreadable")));
                    continue;
                }
                var message = new ArticleWork(runId, order++, article);
                work.Add(message);
                sending.Add(endpoint.Send(message, cancellationToken));
            }
        await Task.WhenAll(sending);
        await runs.BeginRunAsync(runId, work.Count, cancellationToken);
        LogSent(logger, runId, work.Count, _options.QueueName);

        // Outcomes are assembled (facts from the shared cache, summary file written) as they arrive, while the workers
        // are still busy, so only the last few remain when the final outcome is stored.
        var results = new ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)>(local.Select(l => (l.Order, l.Item, (ArticleResult?)null)));
        Directory.CreateDirectory(outputFolder);
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
            await CollectOutcomesAsync(runId, work, local.Count, arrivals.Writer, progress, collecting.Token);
        }
        finally
        {
            arrivals.Writer.TryComplete();
            await assembly;
        }

        var report = await BatchRunner.FinishAsync(results, new RunReport(runId, started, clock.Elapsed, processor.EngineName, []),
            comparisons, outputFolder, progress, time, cancellationToken);
        await runs.CompleteRunAsync(runId, JsonSerializer.Serialize(report, SummaryJson.Compact), cancellationToken);
        return report;
    }

    /// <summary>Polls the store for the outcomes still awaited and hands each new one to the assembly, until all are in.</summary>
    private async Task CollectOutcomesAsync(string runId, List<ArticleWork> work, int localFailures,
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

    /// <summary>
    /// The article, facts and summary of a summarised item: the article is rebuilt from what was sent (deterministic),
    /// the facts come from the shared stage cache (or are extracted again, which needs no model), the summary is stored.
    /// </summary>
    private async Task<ArticleResult?> ResultOfAsync(ArticleWork message, StoredItem outcome, StructuredSummary summary, CancellationToken ct)
    {
        var article = factory.TryCreate(message.Article, out _);
        if (article is null) return null;
        var sheet = await facts.GetAsync(article, ct);
        return new ArticleResult(outcome.Item.Source, article, sheet.Value, summary, null, TimeSpan.FromMilliseconds(outcome.Item.Milliseconds))
        {
            CachedStages = outcome.Item.CachedStages,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: sent {Count} articles to queue {Queue}; waiting for the workers")]
    private static partial void LogSent(ILogger logger, string runId, int count, string queue);
}
