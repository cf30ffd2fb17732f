using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>A coordinator stopped by SIGTERM while workers on RabbitMQ are busy with its run.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class DistributedCancelTests
{
    private const int Articles = 120;

    [DistributedFact]
    public async Task Sigterm_stops_the_coordinator_like_a_local_run_and_the_workers_leave_the_rest_of_its_run()
    {
        // 120 articles, 4 at a time, 200 ms of model each: six seconds of work, stopped after the first outcome.
        await using var deployment = await Deployment.CreateAsync(TimeSpan.FromMilliseconds(200));
        string inbox = deployment.WriteInbox(Articles);
        string output = Path.Combine(deployment.Folder, "out");
        await deployment.StartWorkerAsync(concurrency: 4);
        var coordinator = deployment.Start("run", inbox, "--distributed", "--out", output);
        await coordinator.WaitForOutputAsync(new Regex($@"\[[1-9][0-9]*/{Articles}\]"), TimeSpan.FromMinutes(2));

        await coordinator.StopAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(143, await coordinator.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        using (var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))))
        {
            Assert.True(report.RootElement.GetProperty("cancelled").GetBoolean());
            int finished = report.RootElement.GetProperty("items").GetArrayLength();
            Assert.Equal(Articles - finished, report.RootElement.GetProperty("notProcessed").GetInt32());
        }
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        // The worker sees the run ended and acknowledges its remaining articles without a model call: longer than the
        // whole batch would take, the calls stay well short of one per article.
        await Task.Delay(TimeSpan.FromSeconds(8));
        int calls = deployment.Model.EchoCallsPerArticle.Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(calls, deployment.Model.EchoCallsPerArticle.Count);
        Assert.InRange(calls, 1, Articles / 2);
    }
}
