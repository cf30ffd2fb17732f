using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline;

public sealed class BatchRunnerCancellationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;

    public BatchRunnerCancellationTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        Repo.CopySeedsTo(_inbox);
        _services = PipelineServices.Build(new Dictionary<string, string?>(), standIns: services =>
        {
            services.AddSingleton<ISummaryEngine>(new CountingEngine());
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
        });
    }

    [Fact]
    public async Task A_cancelled_run_stops_and_writes_the_finished_articles_marked_cancelled()
    {
        using var stop = new CancellationTokenSource();
        // Ctrl-C arrives as the first article finishes: one at a time, so no other is started after it.
        var progress = new InlineProgress(_ => stop.Cancel());

        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([_inbox], _output, progress, stop.Token, maxConcurrency: 1);

        Assert.True(report.Cancelled);
        var item = Assert.Single(report.Items);
        Assert.Null(item.Error);
        Assert.Equal(Repo.SeedFiles.Count() - 1, report.NotProcessed);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.True(run.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(1, run.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("Run cancelled", File.ReadAllText(Path.Combine(_output, RunOutput.ReportFile)));
        Assert.True(File.Exists(Path.Combine(_output, item.OutputFile!)));
        Assert.Empty(Directory.GetFiles(_output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_run_that_is_not_cancelled_is_not_marked_so()
    {
        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([_inbox], _output, null, default, maxConcurrency: 1);

        Assert.False(report.Cancelled);
        Assert.Equal(Repo.SeedFiles.Count(), report.Succeeded);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.False(run.RootElement.GetProperty("cancelled").GetBoolean());
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}

/// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
internal sealed class InlineProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value) => report(value);
}
