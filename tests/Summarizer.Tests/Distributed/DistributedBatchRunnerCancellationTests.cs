using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Distributed;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Summaries;
using Summarizer.Testing;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Pipeline;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Distributed;

/// <summary>A distributed run (on the in-process queue) stopped by its token: it stops like the single-process batch.</summary>
public sealed class DistributedBatchRunnerCancellationTests : IAsyncLifetime
{
    private const int Articles = 80;
    private readonly TempFolder _folder = new();
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];

    public DistributedBatchRunnerCancellationTests()
    {
        _inbox = _folder.File("inbox");
        _output = _folder.File("out");
        SeedArticles.WriteVariants(_inbox, Articles);
        _services = PipelineServices.Build(new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = _folder.File("cache.db"),
            ["Summarizer:Queue:PollIntervalMilliseconds"] = "20",
            ["Summarizer:Queue:Concurrency"] = "4",
        }, standIns: services =>
        {
            // 80 articles, 4 at a time, a quarter of a second each: five seconds of work, stopped after the first.
            services.AddSingleton<ISummaryEngine>(new SlowEngine(TimeSpan.FromMilliseconds(250)));
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
        }, features: (services, configuration) => services.AddSummarizerQueue(configuration, QueueRole.Coordinator));
    }

    public async Task InitializeAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(default);
            _started.Add(service);
        }
    }

    [Fact]
    public async Task Stopped_after_the_first_outcome_it_reports_the_finished_articles_as_cancelled_and_the_rest_as_not_processed()
    {
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Done > 0) stop.Cancel(); });

        var report = await Runner().RunAsync([_inbox], _output, progress, stop.Token);

        Assert.True(report.Cancelled);
        Assert.InRange(report.Items.Count, 0, Articles / 2);
        Assert.Equal(Articles, report.Items.Count + report.NotProcessed);
        Assert.All(report.Items, i => Assert.True(File.Exists(Path.Combine(_output, i.OutputFile!))));
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.True(run.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(report.NotProcessed, run.RootElement.GetProperty("notProcessed").GetInt32());
        Assert.Empty(Directory.GetFiles(_output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(_output, RunOutput.StoriesFolder)));

        // Stopped, the bus consumes no more of the run's articles: the outcomes stored stay as they are.
        await StopHostedServicesAsync();
        var store = _services.GetRequiredService<IRunStore>();
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

        var report = await Runner().RunAsync([_inbox], _output, null, stop.Token);

        Assert.True(report.Cancelled);
        Assert.Empty(report.Items);
        Assert.True(File.Exists(Path.Combine(_output, RunOutput.RunFile)));
    }

    private IBatchRunner Runner()
    {
        var runner = _services.GetRequiredService<IBatchRunner>();
        Assert.IsType<DistributedBatchRunner>(runner);
        return runner;
    }

    private async Task StopHostedServicesAsync()
    {
        foreach (var service in Enumerable.Reverse(_started)) await service.StopAsync(default);
        _started.Clear();
    }

    public async Task DisposeAsync()
    {
        await StopHostedServicesAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
