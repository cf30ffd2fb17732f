using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Distributed;
using Summarizer.Host.Cli;
using Summarizer.Pipeline;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>
/// The distributed path on the default providers (MassTransit's in-memory transport, SQLite), which needs no server:
/// the same outputs as the single-process batch, unreadable inputs reported by the coordinator.
/// </summary>
public sealed class InProcessQueueTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-inprocess-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_distributed_run_on_the_in_process_queue_writes_what_the_batch_runner_writes()
    {
        string inbox = Path.Combine(_work, "inbox");
        SeedArticles.WriteVariants(inbox, 12);
        File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
        string single = Path.Combine(_work, "single"), distributed = Path.Combine(_work, "distributed");

        var batch = await RunAsync(inbox, single, distributedRun: false);
        var queued = await RunAsync(inbox, distributed, distributedRun: true);

        Assert.Equal(13, queued.Items.Count);
        Assert.Equal(12, queued.Succeeded);
        Assert.Contains(queued.Items, i => i.Source.EndsWith("empty.txt", StringComparison.Ordinal) && i.Error is not null);
        Assert.Equal(RunOutputs.Files(single), RunOutputs.Files(distributed));
        Assert.Equal(RunOutputs.Items(single), RunOutputs.Items(distributed));
        Assert.Equal(batch.Items.Select(i => i.Source), queued.Items.Select(i => i.Source));
    }

    private async Task<RunReport> RunAsync(string inbox, string output, bool distributedRun)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = Path.Combine(output + "-cache", "cache.db"),
            ["Summarizer:Queue:PollIntervalMilliseconds"] = "20",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSummarizer(builder.Configuration);
        if (distributedRun) builder.Services.AddSummarizerQueue(builder.Configuration, QueueRole.Coordinator);
        using var host = builder.Build();
        await host.StartAsync();
        var runner = host.Services.GetRequiredService<IBatchRunner>();
        Assert.IsType(distributedRun ? typeof(DistributedBatchRunner) : typeof(BatchRunner), runner);
        var report = await runner.RunAsync([inbox], output, null, CancellationToken.None);
        await host.StopAsync();
        return report;
    }
}
