using System.Text;
using RabbitMQ.Client;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>An article that fails wherever it is processed ends in the dead-letter queue and in the run report.</summary>
[Collection(nameof(DistributedCollection))]
[Trait("Category", "Distributed")]
public sealed class PoisonArticleTests
{
    [DistributedFact]
    public async Task A_poison_article_is_retried_then_dead_lettered_with_its_reason_and_reported()
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

        var outcomes = RunOutputs.Outcomes(output);
        Assert.Equal(11, outcomes.Count);
        var failed = Assert.Single(outcomes, o => o.Error is not null);
        Assert.EndsWith("poison.txt", failed.Source);
        Assert.StartsWith("dead-lettered after 2 attempts: internal error while summarising", failed.Error);
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "report.md")), l => l.Contains("poison.txt") && l.Contains("dead-lettered after 2 attempts"));
        Assert.Equal(2, deployment.Model.EchoCallsPerArticle[poison]);

        var factory = new ConnectionFactory { Uri = new Uri(deployment.Broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var dead = await channel.BasicGetAsync(deployment.Queue + "_error", autoAck: true);
        Assert.NotNull(dead);
        Assert.Contains("poison.txt", Encoding.UTF8.GetString(dead.Body.Span));
        var reason = Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers!["MT-Fault-Message"]!);
        Assert.StartsWith("internal error while summarising", reason);
        Assert.Null(await channel.BasicGetAsync(deployment.Queue + "_error", autoAck: true));
    }
}
