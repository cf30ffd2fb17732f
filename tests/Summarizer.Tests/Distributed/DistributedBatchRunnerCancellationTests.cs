using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Distributed;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Tests.Pipeline;

namespace Summarizer.Tests.Distributed;

/// <summary>A distributed run (on the in-process queue) stopped by its token: it stops like the single-process batch.</summary>
public sealed class DistributedBatchRunnerCancellationTests : IAsyncLifetime
{
    private const int Articles = 80;
    // 80 articles, 4 at a time, a quarter of a second each: five seconds of work, stopped after the first.
    private readonly CoordinatorServices _coordinator = new(Articles, TimeSpan.FromMilliseconds(250), concurrency: 4);

    public Task InitializeAsync() => _coordinator.StartAsync();

    [Fact]
    public async Task Stopped_after_the_first_outcome_it_reports_the_finished_articles_as_cancelled_and_the_rest_as_not_processed()
    {
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Done > 0) stop.Cancel(); });

        var report = await Runner().RunAsync([_coordinator.Inbox], _coordinator.Output, progress, stop.Token);

        Assert.True(report.Cancelled);
        Assert.InRange(report.Items.Count, 0, Articles / 2);
        Assert.Equal(Articles, report.Items.Count + report.NotProcessed);
        Assert.All(report.Items, i => Assert.True(File.Exists(Path.Combine(_coordinator.Output, i.OutputFile!))));
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_coordinator.Output, RunOutput.RunFile)));
        Assert.True(run.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(report.NotProcessed, run.RootElement.GetProperty("notProcessed").GetInt32());
        Assert.Empty(Directory.GetFiles(_coordinator.Output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(_coordinator.Output, RunOutput.StoriesFolder)));

        // Stopped, the bus consumes no more of the run's articles: the outcomes stored stay as they are.
        await StopHostedServicesAsync();
        var store = _coordinator.Services.GetRequiredService<IRunStore>();
        int stored = (await store.GetItemsAsync(report.RunId, null, default)).Count;
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Equal(stored, (await store.GetItemsAsync(report.RunId, null, default)).Count);
        Assert.InRange(stored, 1, Articles - 1);
    }

    [Fact]
    public async Task Stopped_before_it_starts_it_sends_nothing_and_writes_an_empty_cancelled_report()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var report = await Runner().RunAsync([_coordinator.Inbox], _coordinator.Output, null, stop.Token);

        Assert.True(report.Cancelled);
        Assert.Empty(report.Items);
        Assert.True(File.Exists(Path.Combine(_coordinator.Output, RunOutput.RunFile)));
    }

    private IBatchRunner Runner()
    {
        var runner = _coordinator.Services.GetRequiredService<IBatchRunner>();
        Assert.IsType<DistributedBatchRunner>(runner);
        return runner;
    }

    private Task StopHostedServicesAsync() => _coordinator.StopAsync();

    public async Task DisposeAsync() => await _coordinator.DisposeAsync();
}
