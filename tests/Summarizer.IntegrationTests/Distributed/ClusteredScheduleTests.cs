using System.Text.RegularExpressions;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>Two <c>serve</c> replicas on Quartz's clustered job store: each fire time runs once, and a missed one is caught up once.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed partial class ClusteredScheduleTests
{
    // Every 20 seconds: long enough for a replica to start between two fires, short enough for a test.
    private const string Cron = "0/20 * * * * ?";

    [DistributedFact(postgresOnly: true)]
    public async Task Two_replicas_fire_each_run_once_and_catch_up_a_missed_run_once()
    {
        string folder = Directory.CreateTempSubdirectory("summarizer-cluster-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Summarizer__Store__Provider"] = "Postgres",
            ["Summarizer__Store__ConnectionString"] = await TestServers.CreateDatabaseAsync(),
            ["Summarizer__Schedule__Cron"] = Cron,
            ["Summarizer__Schedule__TimeZone"] = "UTC",
            ["Summarizer__Schedule__Inbox"] = Path.Combine(folder, "inbox"),
            ["Summarizer__Schedule__Output"] = Path.Combine(folder, "out"),
            ["Summarizer__Schedule__Cluster__Enabled"] = "true",
            ["Summarizer__Schedule__Cluster__CheckinIntervalSeconds"] = "2",
            ["Summarizer__Schedule__Cluster__MisfireThresholdSeconds"] = "2",
            ["Summarizer__Api__Enabled"] = "false",
        };
        var replicas = new List<HostProcess>();
        try
        {
            // Both replicas up: the next fire runs on one of them only.
            var (a, b) = await StartReplicasAsync(folder, settings, replicas);
            await WaitForRunsAsync(1, a, b);
            await Task.Delay(TimeSpan.FromSeconds(3)); // the other replica would have fired by now
            var firstRuns = Runs(a, b);
            Assert.Single(firstRuns);
            await a.StopAsync(TimeSpan.FromSeconds(20));
            await b.StopAsync(TimeSpan.FromSeconds(20));

            // Every replica down across the next fire time, then both back: that fire is run once, late.
            var missed = NextFire(firstRuns[0]);
            var down = missed + TimeSpan.FromSeconds(4) - DateTimeOffset.UtcNow;
            if (down > TimeSpan.Zero) await Task.Delay(down);
            var (c, d) = await StartReplicasAsync(folder, settings, replicas);
            await WaitForRunsAsync(1, c, d);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var caughtUp = Runs(c, d).Where(r => r < NextFire(missed)).ToList();
            Assert.Single(caughtUp);
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(HostProcess, HostProcess)> StartReplicasAsync(string folder, Dictionary<string, string> settings, List<HostProcess> started)
    {
        var first = HostProcess.Start(folder, settings, "serve", "--urls", "http://127.0.0.1:0");
        var second = HostProcess.Start(folder, settings, "serve", "--urls", "http://127.0.0.1:0");
        started.AddRange([first, second]);
        await first.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60));
        await second.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60));
        return (first, second);
    }

    private static async Task WaitForRunsAsync(int count, HostProcess first, HostProcess second)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (Runs(first, second).Count < count)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"no nightly run; outputs:\n{first.Output}\n---\n{second.Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>The scheduled times of the runs both replicas logged, one entry per run.</summary>
    private static List<DateTimeOffset> Runs(params HostProcess[] replicas) =>
        replicas.SelectMany(r => RunStarted().Matches(r.Output)).Select(m => DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static DateTimeOffset NextFire(DateTimeOffset after) => new Quartz.CronExpression(Cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(after)!.Value;

    [GeneratedRegex(@"Nightly run starting \(scheduled for (\S+)\)")]
    private static partial Regex RunStarted();
}
