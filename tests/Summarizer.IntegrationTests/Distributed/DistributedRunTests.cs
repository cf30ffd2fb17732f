namespace Summarizer.IntegrationTests.Distributed;

/// <summary>A batch split across worker processes through RabbitMQ, with the stage cache and outcomes in PostgreSQL.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class DistributedRunTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [DistributedFact]
    public async Task Three_workers_write_the_same_outputs_as_one_process()
    {
        await using var deployment = await Deployment.CreateAsync(TimeSpan.FromMilliseconds(100));
        string inbox = deployment.WriteInbox(200);
        string single = Path.Combine(deployment.Folder, "single"), distributed = Path.Combine(deployment.Folder, "distributed");
        await using (var alone = await FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(100)))
        {
            await using var process = HostProcess.Start(deployment.Folder, Deployment.ModelSettings(alone), "run", inbox, "--out", single);
            Assert.Equal(0, await process.WaitForExitAsync(RunTimeout));
            Assert.Equal(200, alone.EchoCallsPerArticle.Count);
        }

        for (int i = 0; i < 3; i++) await deployment.StartWorkerAsync(concurrency: 16);
        await deployment.RunAsync(inbox, distributed, RunTimeout);

        var expected = RunOutputs.Files(single);
        var actual = RunOutputs.Files(distributed);
        Assert.Equal(200, expected.Keys.Count(f => !f.StartsWith("stories", StringComparison.Ordinal)));
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, json) in expected) Assert.True(json == actual[file], $"{file} differs");
        Assert.Equal(RunOutputs.Items(single), RunOutputs.Items(distributed));
        // Every article was summarised by the model exactly once, whichever worker took it.
        Assert.Equal(200, deployment.Model.EchoCallsPerArticle.Count);
        Assert.All(deployment.Model.EchoCallsPerArticle, c => Assert.Equal(1, c.Value));
    }
}
