using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
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

    public async Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null)
    {
        using var run = runScopes.Begin(RunKind.Batch);
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        string runId = $"{started:yyyyMMddTHHmmssZ}-{Guid.NewGuid().ToString("N")[..8]}";
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = runId });

        var local = new List<(int Order, RunItem Item)>();
        var files = ArticleFileReader.ExpandInputs(inputs, out var missing);
        int order = 0;
        foreach (var path in missing) local.Add((order++, RunItem.Failure(path, "no such file or folder")));
        var work = new List<ArticleWork>();
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{_options.QueueName}"));
        var sending = new List<Task>();
        // Each article is sent as soon as it is read, so workers start while the rest of the inputs are still read.
        foreach (var file in files)
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
        await WaitForOutcomesAsync(runId, work.Count, local.Count, progress, cancellationToken);

        var stored = (await runs.GetItemsAsync(runId, cancellationToken)).ToDictionary(s => s.Sequence);
        var results = new ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)>(local.Select(l => (l.Order, l.Item, (ArticleResult?)null)));
        Directory.CreateDirectory(outputFolder);
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                var outcome = stored[message.Sequence];
                var result = outcome.Summary is { } summary ? await ResultOfAsync(message, outcome, summary, ct) : null;
                if (result?.Summary is { } written) await RunOutput.WriteSummaryAsync(outputFolder, written, ct);
                results.Add((message.Sequence, outcome.Item, result));
            });

        var report = await BatchRunner.FinishAsync(results, new RunReport(runId, started, clock.Elapsed, processor.EngineName, []),
            comparisons, outputFolder, cancellationToken);
        await runs.CompleteRunAsync(runId, JsonSerializer.Serialize(report, SummaryJson.Compact), cancellationToken);
        return report;
    }

    private async Task WaitForOutcomesAsync(string runId, int expected, int localFailures, IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        int total = expected + localFailures, seen = -1;
        using var outstanding = depth.Track(expected);
        while (true)
        {
            int done = await runs.CountAsync(runId, ct);
            outstanding.Set(expected - done);
            if (done != seen) progress?.Report(new BatchProgress(done + localFailures, total, localFailures, $"run {runId}", null));
            seen = done;
            if (done >= expected) return;
            await Task.Delay(TimeSpan.FromMilliseconds(_options.PollIntervalMilliseconds), time, ct);
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
