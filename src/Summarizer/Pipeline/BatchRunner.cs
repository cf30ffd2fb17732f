using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Pipeline.Runs;

namespace Summarizer.Pipeline;

/// <summary>
/// One batch: read every input, summarise and verify each article with bounded concurrency, compare the stories, and
/// write the outputs (<see cref="RunOutput"/>). A bad item is recorded and the batch goes on. The batch is one run
/// (<see cref="RunScopes"/>): it gets, for one, the whole model budget.
/// </summary>
public sealed partial class BatchRunner(
    ArticleFileReader reader,
    ArticleProcessor processor,
    ComparisonService comparisons,
    RunScopes runs,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<BatchRunner> logger) : IBatchRunner
{
    /// <summary>Runs the files and folders of <paramref name="inputs"/> (an output folder found in them left out, <see cref="OwnFiles"/>) into <paramref name="outputFolder"/>, <paramref name="maxConcurrency"/> articles at once (null: <see cref="PipelineOptions.MaxConcurrency"/>).</summary>
    public Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null) =>
        RunAsync(BatchInputs.FromPaths(inputs, OwnFiles.OfRun(outputFolder)), outputFolder, progress, cancellationToken, maxConcurrency);

    /// <summary>Runs <paramref name="inputs"/> into <paramref name="outputFolder"/>; a file that carries its content is not read again.</summary>
    public async Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null)
    {
        using var run = runs.Begin(RunKind.Batch);
        var started = time.GetUtcNow();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = RunIdOf(started) });
        long clock = time.GetTimestamp();
        var items = new ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)>();
        if (!inputs.Earlier.IsNone) progress?.Report(BatchProgress.EarlierLoaded(inputs.Earlier));
        int order = 0;
        foreach (var path in inputs.Missing) items.Add((order++, RunItem.Failure(path, "no such file or folder"), null));

        var work = new List<(int Order, ReadOutcome Outcome)>();
        int done = 0, failed = 0;
        bool cancelled = false;
        Directory.CreateDirectory(outputFolder);
        try
        {
            foreach (var file in inputs.Files)
                foreach (var outcome in await reader.ReadFileAsync(file, cancellationToken))
                {
                    // A file that changed since it settled is left for a later run: not work, and no failure.
                    if (RunItem.DeferredOf(outcome) is { } deferred) items.Add((order++, deferred, null));
                    else work.Add((order++, outcome));
                }
            await Parallel.ForEachAsync(work, new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, maxConcurrency ?? options.Value.MaxConcurrency),
                CancellationToken = cancellationToken,
            }, async (entry, ct) =>
            {
                var (item, result) = await ProcessOneAsync(entry.Outcome, outputFolder, ct);
                items.Add((entry.Order, item, result));
                int failedNow = item.Error is null ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), work.Count, failedNow, item.Source, item.Error));
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Articles in flight are abandoned (their outputs are written whole or not at all); what finished is reported.
            cancelled = true;
            LogCancelled(logger, Volatile.Read(ref done), work.Count);
        }

        var header = new RunReport(RunIdOf(started), started, time.GetElapsedTime(clock), processor.EngineName, [])
        {
            Cancelled = cancelled,
            NotProcessed = cancelled ? Math.Max(0, work.Count - Volatile.Read(ref done)) : 0,
        };
        return await FinishAsync(items, header, comparisons, outputFolder, progress, time, logger, cancellationToken, inputs.Earlier);
    }

    /// <summary>
    /// The end of a batch, in one process or distributed: the report's rows in input order (an article read twice
    /// reported as a duplicate after its first, <see cref="DuplicateArticles"/>), the stories of the succeeded articles
    /// compared, and the run's outputs written.
    /// </summary>
    /// <param name="items">Every item with its input order, and its result when it was processed.</param>
    /// <param name="header">The report without rows (id, start, duration, engine).</param>
    /// <param name="comparisons">Compares the stories.</param>
    /// <param name="outputFolder">Where the run's outputs go.</param>
    /// <param name="progress">Told when the comparison starts (<see cref="BatchStage.ComparingStories"/>).</param>
    /// <param name="time">Times the comparison, which is added to the header's duration (as is the loading of <paramref name="earlier"/>).</param>
    /// <param name="logger">Told of what the output folder's manifest lists that no run writes.</param>
    /// <param name="cancellationToken">Stops the comparison (the run is then reported as cancelled, without stories) and the writes of a run not cancelled.</param>
    /// <param name="earlier">Articles of earlier runs clustered beside the run's own (<see cref="BatchInputs.Earlier"/>); their loading time is a stage of the run.</param>
    internal static async Task<RunReport> FinishAsync(IEnumerable<(int Order, RunItem Item, ArticleResult? Result)> items, RunReport header,
        ComparisonService comparisons, string outputFolder, IProgress<BatchProgress>? progress, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken, EarlierInputs? earlier = null)
    {
        earlier ??= EarlierInputs.None;
        var ordered = DuplicateArticles.Mark(items);
        var report = header with { Items = ordered.Select(i => i.Item).ToList() };
        var results = ordered.Where(i => i.Result is { Succeeded: true }).Select(i => i.Result!).ToList();
        var stories = NoStories;
        long comparing = time.GetTimestamp();
        if (!report.Cancelled)
        {
            progress?.Report(new BatchProgress(report.Items.Count, report.Items.Count, report.Failed,
                $"comparing the stories of {results.Count} articles", null, BatchStage.ComparingStories));
            try
            {
                stories = await comparisons.CompareRunAsync(ComparisonInputs(results), earlier.Articles, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                report = report with { Cancelled = true };
            }
        }
        var comparison = time.GetElapsedTime(comparing);
        report = report with
        {
            EarlierArticlesDuration = earlier.Duration, EarlierArticles = earlier.Articles.Count, EarlierRuns = earlier.Runs,
            ArticlesDuration = header.Duration, ComparisonDuration = comparison, Duration = earlier.Duration + header.Duration + comparison,
        };
        // A cancelled run still writes what it finished: those few small writes are not cut short.
        await RunOutput.WriteRunAsync(outputFolder, report, results, stories, logger, report.Cancelled ? CancellationToken.None : cancellationToken);
        return report;
    }

    private static readonly ComparisonRun NoStories = new([], []);

    private static string RunIdOf(DateTimeOffset started) => $"{started:yyyyMMddTHHmmssZ}";

    /// <summary>The results that can be compared: those with an article and its facts (a failed item has neither).</summary>
    public static List<ComparisonInput> ComparisonInputs(IEnumerable<ArticleResult> results) =>
        results.Where(r => r is { Article: not null, Facts: not null })
            .Select(r => new ComparisonInput(r.Article!, r.Facts!, r.Summary)).ToList();

    private async Task<(RunItem, ArticleResult?)> ProcessOneAsync(ReadOutcome outcome, string outputFolder, CancellationToken ct)
    {
        if (outcome.Article is null) return (RunItem.Failure(outcome.Source, outcome.Error ?? "unreadable"), null);
        var result = await processor.ProcessAsync(outcome.Article, ct);
        if (result.Summary is { } summary) await RunOutput.WriteSummaryAsync(outputFolder, summary, ct);
        return (RunItem.Of(result), result);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run cancelled after {Done} of {Total} articles; writing the report of the finished ones")]
    private static partial void LogCancelled(ILogger logger, int done, int total);
}
