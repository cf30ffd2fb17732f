using Microsoft.Extensions.Hosting;
using Summarizer.Distributed;
using Summarizer.Host.Telemetry;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer run --distributed</c>: this process coordinates, workers summarise (see <see cref="WorkerCommand"/>).</summary>
internal static class DistributedRun
{
    /// <summary>Adds the work queue as a coordinator, so the batch runner sends articles and waits for their outcomes.</summary>
    public static void AddCoordinator(HostApplicationBuilder builder)
    {
        builder.Services.AddSummarizerQueue(builder.Configuration, QueueRole.Coordinator);
        builder.Services.AddSummarizerTelemetry(builder.Configuration, prometheus: false);
    }
}
