using RabbitMQ.Client;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>A model reply no worker can read does not poison the queue: the article falls back where it is processed.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class PoisonArticleTests
{
    [DistributedFact]
    public async Task A_model_reply_the_sdk_cannot_read_falls_back_in_the_worker_and_nothing_is_dead_lettered()
    {
        await using var deployment = await Deployment.CreateAsync(TimeSpan.FromMilliseconds(20));
        deployment.Environment["Summarizer__Queue__RetryLimit"] = "1";
        deployment.Environment["Summarizer__Queue__RetryIntervalMilliseconds"] = "100";
        string inbox = deployment.WriteInbox(10);
        string poison = $"The {EchoSummary.PoisonMarker} copy was filed by the overnight desk without a reference.";
        File.WriteAllText(Path.Combine(inbox, "poison.txt"), $"A poison article\n{poison}\nIt has a second sentence that says nothing much at all.\n");
        string output = Path.Combine(deployment.Folder, "out");
        await deployment.StartWorkerAsync(concurrency: 4);

        await deployment.RunAsync(inbox, output, TimeSpan.FromMinutes(3));

        // The poison reply (an unknown finish reason the SDK cannot read) was an internal error that the queue retried
        // and dead-lettered; since the chat engine reads any unreadable 200 reply as a failed call (2026-12-02), the
        // article falls back to its extractive summary in the worker, and nothing is dead-lettered.
        var outcomes = RunOutputs.Outcomes(output);
        Assert.Equal(11, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal("A poison article", Assert.Single(outcomes, o => o.Source.EndsWith("poison.txt", StringComparison.Ordinal)).Headline);
        Assert.True(deployment.Model.EchoCallsPerArticle[poison] >= 1);

        // Nothing reached the dead-letter queue: the broker never even made it.
        var factory = new ConnectionFactory { Uri = new Uri(deployment.Broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var missing = await Assert.ThrowsAsync<RabbitMQ.Client.Exceptions.OperationInterruptedException>(
            () => channel.QueueDeclarePassiveAsync(deployment.Queue + "_error"));
        Assert.Contains("NOT_FOUND", missing.Message, StringComparison.Ordinal);
    }
}
