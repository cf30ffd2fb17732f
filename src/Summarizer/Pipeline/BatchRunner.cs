using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Summaries;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Output;

namespace Summarizer.Pipeline;

/// <summary>
/// One batch: read every input, summarise and verify each article with bounded concurrency, write one JSON
/// file per article, <c>stories/&lt;id&gt;.json</c> per multi-article story, plus <c>report.md</c> and <c>run.json</c>.
/// A bad item is recorded and the batch goes on. Every <see cref="IBatchRunHook"/> begins a run for the duration of
/// each batch (e.g. a fresh model budget).
/// </summary>
public sealed class BatchRunner(
    ArticleFileReader reader,
    ArticleProcessor processor,
    ComparisonStage comparisons,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    IEnumerable<IBatchRunHook>? hooks = null)
{
    public async Task<RunReport> RunAsync(
        IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var scopes = (hooks ?? []).Select(h => h.BeginRun()).ToList();
        try
        {
            return await RunBatchAsync(inputs, outputFolder, progress, cancellationToken);
        }
        finally
        {
            foreach (var scope in Enumerable.Reverse(scopes)) scope.Dispose();
        }
    }

    private async Task<RunReport> RunBatchAsync(
        IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var items = new ConcurrentBag<(int Order, RunItem Item, ArticleResult? Result)>();
        var files = ArticleFileReader.ExpandInputs(inputs, out var missing);
        int order = 0;
        foreach (var path in missing) items.Add((order++, Failure(path, "no such file or folder"), null));

        var work = new List<(int Order, ReadOutcome Outcome)>();
        foreach (var file in files)
            foreach (var outcome in await reader.ReadFileAsync(file, cancellationToken))
                work.Add((order++, outcome));

        int done = 0, failed = 0, total = work.Count;
        Directory.CreateDirectory(outputFolder);
        await Parallel.ForEachAsync(work, new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxConcurrency),
            CancellationToken = cancellationToken,
        }, async (entry, ct) =>
        {
            var (item, result) = await ProcessOneAsync(entry.Outcome, outputFolder, ct);
            items.Add((entry.Order, item, result));
            int failedNow = item.Error is null ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
            progress?.Report(new BatchProgress(Interlocked.Increment(ref done), total, failedNow, item.Source, item.Error));
        });

        var ordered = items.OrderBy(i => i.Order).ToList();
        var report = new RunReport(
            RunId: $"{started:yyyyMMddTHHmmssZ}", StartedAt: started, Duration: clock.Elapsed,
            Engine: processor.EngineName, Items: ordered.Select(i => i.Item).ToList());
        var results = ordered.Where(i => i.Result is { Succeeded: true }).Select(i => i.Result!).ToList();
        var stories = await comparisons.RunAsync(results, outputFolder, cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, "report.md"),
            MarkdownReport.Render(report, results) + ComparisonMarkdown.Render(stories.Comparisons), cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, "run.json"), JsonSerializer.Serialize(report, SummaryJson.Options), cancellationToken);
        return report;
    }

    private async Task<(RunItem, ArticleResult?)> ProcessOneAsync(ReadOutcome outcome, string outputFolder, CancellationToken ct)
    {
        if (outcome.Article is null) return (Failure(outcome.Source, outcome.Error ?? "unreadable"), null);
        var result = await processor.ProcessAsync(outcome.Article, ct);
        if (result.Summary is not { } summary) return (Failure(result.Source, result.Error ?? "no summary", result.Elapsed), result);
        string file = $"{summary.Id}.json";
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, file), JsonSerializer.Serialize(summary, SummaryJson.Options), ct);
        var item = new RunItem(result.Source, summary.Id, summary.Headline, file, summary.Verdict?.IsVerified, summary.Verdict?.Score,
            summary.Fallback, summary.Usage, result.Elapsed.TotalMilliseconds, null);
        return (item, result);
    }

    private static RunItem Failure(string source, string error, TimeSpan elapsed = default) =>
        new(source, null, null, null, null, null, null, null, elapsed.TotalMilliseconds, error);
}
