using System.Text.Json;
using Summarizer.Pipeline;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

public sealed class BatchRunnerCancellationTests : IDisposable
{
    private readonly StandInBatch _batch = new();

    public BatchRunnerCancellationTests() => Repo.CopySeedsTo(_batch.Inbox);

    [Fact]
    public async Task A_cancelled_run_stops_and_writes_the_finished_articles_marked_cancelled()
    {
        using var stop = new CancellationTokenSource();
        // Ctrl-C arrives as the first article finishes: one at a time, so no other is started after it.
        var progress = new InlineProgress(_ => stop.Cancel());

        var report = await _batch.Runner.RunAsync([_batch.Inbox], _batch.Output, progress, stop.Token, maxConcurrency: 1);

        Assert.True(report.Cancelled);
        var item = Assert.Single(report.Items);
        Assert.Null(item.Error);
        Assert.Equal(Repo.SeedFiles.Count() - 1, report.NotProcessed);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_batch.Output, RunOutput.RunFile)));
        Assert.True(run.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(1, run.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("Run cancelled", File.ReadAllText(Path.Combine(_batch.Output, RunOutput.ReportFile)));
        Assert.True(File.Exists(Path.Combine(_batch.Output, item.OutputFile!)));
        Assert.Empty(Directory.GetFiles(_batch.Output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_run_that_is_not_cancelled_is_not_marked_so()
    {
        var report = await _batch.Runner.RunAsync([_batch.Inbox], _batch.Output, null, default, maxConcurrency: 1);

        Assert.False(report.Cancelled);
        Assert.Equal(Repo.SeedFiles.Count(), report.Succeeded);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_batch.Output, RunOutput.RunFile)));
        Assert.False(run.RootElement.GetProperty("cancelled").GetBoolean());
    }

    public void Dispose() => _batch.Dispose();
}

/// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
internal sealed class InlineProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value) => report(value);
}
