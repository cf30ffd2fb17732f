using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Summarizer.Host.Cli;
using Summarizer.Scheduling;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>The stored nightly trigger follows the configuration: a replica started with a new cron reschedules it, one with the same cron leaves it.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class ClusteredCronSyncTests
{
    [DistributedFact(postgresOnly: true)]
    public async Task A_changed_cron_reschedules_the_stored_trigger_and_an_unchanged_one_keeps_its_next_fire()
    {
        string database = await TestServers.CreateDatabaseAsync();

        var first = await StoredTriggerAsync(database, "0 0 3 * * ?");
        var same = await StoredTriggerAsync(database, "0 0 3 * * ?");
        var changed = await StoredTriggerAsync(database, "0 30 4 * * ?");

        Assert.Equal("0 0 3 * * ?", first.Cron);
        Assert.Equal(first, same);
        Assert.Equal("0 30 4 * * ?", changed.Cron);
        Assert.Equal(new TimeSpan(4, 30, 0), changed.Next!.Value.TimeOfDay);
    }

    /// <summary>Starts a replica's scheduler with <paramref name="cron"/> and returns the trigger the cluster then holds.</summary>
    private static async Task<(string? Cron, DateTimeOffset? Next)> StoredTriggerAsync(string database, string cron)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Store:Provider"] = "Postgres",
            ["Summarizer:Store:ConnectionString"] = database,
            ["Summarizer:Schedule:Cron"] = cron,
            ["Summarizer:Schedule:TimeZone"] = "UTC",
            ["Summarizer:Schedule:Cluster:Enabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSummarizer(builder.Configuration).AddSummarizerNightly(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("nightly-run", "summarizer")))!;
        await host.StopAsync();
        return (trigger.CronExpressionString, trigger.NextFireTimeUtc);
    }
}
