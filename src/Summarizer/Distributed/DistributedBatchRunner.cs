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
/// Cancelled (Ctrl-C, SIGTERM, shutdown), it stops reading and sending, stops waiting, and writes the report of the
/// articles whose outcome it had assembled, marked cancelled, the others counted as not processed; it ends the run
/// (<see cref="EndedRuns"/>, and completed in the store) so that consumers acknowledge its remaining messages without work.
/// A run that fails (an exception) is ended the same way before the exception goes on, its record in the store saying
/// that it failed and why (<see cref="FailedRunReport"/>).
/// </summary>
public sealed partial class DistributedBatchRunner(
    ArticleFileReader reader,
    ArticleFactory factory,
    ArticleProcessor processor,
    FactsStage facts,
    ComparisonService comparisons,
    RunScopes runScopes,
    IRunStore runs,
    EndedRuns endedRuns,
    IBus bus,
    QueueDepth depth,
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<DistributedBatchRunner> logger) : IBatchRunner
{
    private readonly QueueOptions _options = options.Value;

    public Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null) =>
        RunAsync(BatchInputs.FromPaths(inputs, OwnFiles.OfRun(outputFolder)), outputFolder, progress, cancellationToken, maxConcurrency);

    public async Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null)
    {
        using var run = runScopes.Begin(RunKind.Batch);
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        string runId = $"{started:yyyyMMddTHHmmssZ}-{Guid.NewGuid().ToString("N")[..8]}";
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = runId });

        if (!inputs.Earlier.IsNone) progress?.Report(BatchProgress.EarlierLoaded(inputs.Earlier));
        var local = new List<(int Order, RunItem Item)>();
        var work = new List<ArticleWork>();
        var results = new ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)>();
        bool cancelled = false, begun = false;
        Directory.CreateDirectory(outputFolder);
        try
        {
            try
            {
                await SendAsync(inputs, runId, local, work, cancellationToken);
                await runs.BeginRunAsync(runId, work.Count, cancellationToken);
                begun = true;
                LogSent(logger, runId, work.Count, _options.QueueName);
                await CollectAsync(runId, work, local.Count(l => l.Item.Error is not null), results, outputFolder, progress, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Nothing more is sent or awaited; what was assembled (its summary written whole) is reported.
                cancelled = true;
                endedRuns.End(runId);
                LogCancelled(logger, runId, results.Count, work.Count);
                // The run is recorded even when it was stopped while sending, so that workers elsewhere see it completed.
                if (!begun) await runs.BeginRunAsync(runId, work.Count, CancellationToken.None);
                begun = true;
            }

            var header = new RunReport(runId, started, clock.Elapsed, processor.EngineName, [])
            {
                Cancelled = cancelled,
                NotProcessed = cancelled ? Math.Max(0, work.Count - results.Count) : 0,
            };
            foreach (var (order, item) in local) results.Add((order, item, null));
            var report = await BatchRunner.FinishAsync(results, header, comparisons, outputFolder, progress, time, logger, cancellationToken, inputs.Earlier);
            endedRuns.End(runId);
            await runs.CompleteRunAsync(runId, JsonSerializer.Serialize(report, SummaryJson.Compact),
                report.Cancelled ? CancellationToken.None : cancellationToken);
            return report;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A failed run ends like a cancelled one, so that workers elsewhere stop taking its messages; its record says it failed.
            await EndFailedAsync(new FailedRunReport(runId, started, clock.Elapsed, processor.EngineName, work.Count, e.Message), begun);
            throw;
        }
    }

    /// <summary>
    /// Reads the inputs and sends each article as soon as it is read, so workers start while the rest are still read.
    /// Unreadable inputs go to <paramref name="local"/>, sent articles to <paramref name="work"/>. Cancelled, it stops
    /// reading and waits for the sends already started, so none is left running.
    /// </summary>
    private async Task SendAsync(BatchInputs inputs, string runId, List<(int Order, RunItem Item)> local, List<ArticleWork> work,
        CancellationToken cancellationToken)
    {
        int order = 0;
        foreach (var path in inputs.Missing) local.Add((order++, RunItem.Failure(path, "no such file or folder")));
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{_options.QueueName}"));
        var sending = new List<Task>();
        try
        {
            foreach (var file in inputs.Files)
                foreach (var outcome in await reader.ReadFileAsync(file, cancellationToken))
                {
                    if (outcome.Article is not { } article)
                    {
                        local.Add((order++, RunItem.DeferredOf(outcome) ?? RunItem.Failure(outcome.Source, outcome.Error ?? "unreadable")));
                        continue;
                    }
                    var message = new ArticleWork(runId, order++, article);
                    work.Add(message);
                    cancellationToken.ThrowIfCancellationRequested();
                    sending.Add(endpoint.Send(message, cancellationToken));
                }
        }
        finally
        {
            try
            {
                await Task.WhenAll(sending);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // A send cut short by the cancellation: the run is being cancelled anyway.
            }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} cancelled with {Done} of {Total} articles assembled; no more are sent or awaited, writing the report of the finished ones")]
    private static partial void LogCancelled(ILogger logger, string runId, int done, int total);
}
