using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

[Collection(nameof(ConsoleCollection))]
public sealed class WorkerCommandTests
{
    [Fact]
    public async Task A_worker_refuses_to_start_without_a_broker_or_on_a_store_the_coordinator_cannot_see()
    {
        var error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            // The defaults: the in-process queue, which only `run --distributed` consumes.
            Assert.Equal(2, await SummarizerCli.InvokeAsync(["worker"]));
            // A broker, but each worker would record outcomes in its own SQLite file.
            Assert.Equal(2, await SummarizerCli.InvokeAsync(["worker", "--Summarizer:Queue:Provider=RabbitMQ"]));
        }
        finally
        {
            Console.SetError(error);
        }
        var lines = captured.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("error: invalid configuration:", StringComparison.Ordinal) && l.Contains("Summarizer:Queue:Provider=RabbitMQ"));
        Assert.Contains(lines, l => l.StartsWith("error: invalid configuration:", StringComparison.Ordinal) && l.Contains("Summarizer:Store:Provider=Postgres"));
    }
}
