using System.Globalization;
using Spectre.Console;
using Summarizer.Pipeline;

namespace Summarizer.Host.Cli;

/// <summary>Console output of a batch: a live progress bar on a terminal, plain lines when output is redirected.</summary>
internal static class RunConsole
{
    private static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<RunReport> WithProgressAsync(Func<IProgress<BatchProgress>, Task<RunReport>> run)
    {
        if (!Interactive)
            return await run(new SynchronousProgress(p => Console.WriteLine(PlainLine(p))));
        RunReport? report = null;
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Summarising", autoStart: true, maxValue: 1);
                ProgressTask? comparing = null;
                report = await run(new SynchronousProgress(p =>
                {
                    if (p.Stage == BatchStage.EarlierArticles)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[grey]{p.LastSource}[/]");
                        return;
                    }
                    if (p.Stage == BatchStage.ComparingStories)
                    {
                        // The articles are done; the comparison has no count to show, so it spins until it ends.
                        task.Value = task.MaxValue;
                        comparing = context.AddTask("Comparing stories", autoStart: true, maxValue: 1).IsIndeterminate();
                        return;
                    }
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    if (p.LastError is not null) AnsiConsole.MarkupLineInterpolated($"[red]failed[/] {p.LastSource}: {p.LastError}");
                }));
                if (comparing is not null)
                {
                    comparing.IsIndeterminate = false;
                    comparing.Value = comparing.MaxValue;
                }
            });
        return report!;
    }

    public static void PrintSummary(RunReport report, string output)
    {
        foreach (var failure in report.Items.Where(i => i.Error is not null && !Interactive))
            Console.WriteLine($"failed: {failure.Source}: {failure.Error}");
        foreach (var duplicate in report.Items.Where(i => i.DuplicateOf is not null))
            Console.WriteLine($"duplicate: {duplicate.Source}: the same article as {duplicate.DuplicateOf}, summarised once");
        foreach (var deferred in report.Items.Where(i => i.Deferred is not null))
            Console.WriteLine($"deferred: {deferred.Source}: {deferred.Deferred}");
        var columns = new List<string> { "articles", "succeeded", "failed", "verified", "time", "of which stories" };
        var cells = new List<string>
        {
            Number(report.Items.Count), Number(report.Succeeded), Number(report.Failed), Number(report.Verified),
            Seconds(report.Duration), Seconds(report.ComparisonDuration),
        };
        if (report.Duplicates > 0)
        {
            columns.Insert(3, "duplicates");
            cells.Insert(3, Number(report.Duplicates));
        }
        if (report.Usage is { } usage)
        {
            columns.AddRange(["model calls", "tokens", "cost"]);
            cells.AddRange([Number(usage.Calls), Number(usage.InputTokens + usage.OutputTokens), usage.Cost.ToString("$0.0000", CultureInfo.InvariantCulture)]);
        }
        var table = new Table().AddColumns(columns.ToArray());
        table.AddRow(cells.ToArray());
        Terminal.Create().Write(table);
        if (report.Cancelled)
            Console.Error.WriteLine($"Cancelled: {report.Succeeded} finished articles written, {report.NotProcessed} not processed, no story comparison; run.json is marked \"cancelled\".");
        Console.WriteLine($"Outputs in {Path.GetFullPath(output)} (report.md, run.json, one <id>.json per article)");
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PlainLine(BatchProgress p) => p.Stage switch
    {
        BatchStage.EarlierArticles => p.LastSource,
        BatchStage.ComparingStories => $"[{p.Done}/{p.Total}] {p.LastSource}...",
        _ => $"[{p.Done}/{p.Total}] {(p.LastError is null ? "ok" : "FAILED")} {p.LastSource}{(p.LastError is null ? "" : ": " + p.LastError)}",
    };

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a run's lines must come out in the order they happen.</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        private readonly Lock _gate = new();

        public void Report(BatchProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
