using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Distributed;
using Summarizer.Host.Telemetry;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer worker [--concurrency N]</c>: consumes the work queue (<c>Summarizer:Queue</c>) until Ctrl+C or
/// SIGTERM, summarising articles of any coordinator's run into the shared store (<c>Summarizer:Store</c>). Messages
/// in flight when the process dies are redelivered to another worker.
/// </summary>
internal static partial class WorkerCommand
{
    public static Command Create()
    {
        var concurrency = new Option<int?>("--concurrency") { Description = "Articles processed at once, and prefetched (Summarizer:Queue:Concurrency)" };
        var command = new Command("worker", "Summarise articles from the work queue for distributed runs") { concurrency };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>(parse.UnmatchedTokens);
            if (parse.GetValue(concurrency) is { } n) args.Add($"--{QueueOptions.Section}:{nameof(QueueOptions.Concurrency)}={n.ToString(CultureInfo.InvariantCulture)}");
            var builder = AppHost.CreateBuilder([.. args], quietConsole: false);
            builder.Services.AddSummarizerQueue(builder.Configuration, QueueRole.Worker);
            builder.Services.AddSummarizerTelemetry(builder.Configuration, prometheus: false);
            using var host = builder.Build();
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is OptionsValidationException or InvalidOperationException
                                      || (e is AggregateException all && all.InnerExceptions.All(i => i is OptionsValidationException)))
            {
                var messages = e is AggregateException many ? many.InnerExceptions.Select(i => i.Message).Distinct() : [e.Message];
                await Console.Error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", messages)}");
                return 2;
            }
            var queue = host.Services.GetRequiredService<IOptions<QueueOptions>>().Value;
            LogConsuming(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Summarizer.Worker"), queue.QueueName, queue.Provider, queue.Concurrency);
            await host.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker consuming queue {Queue} ({Provider}), {Concurrency} articles at once")]
    private static partial void LogConsuming(ILogger logger, string queue, QueueProvider provider, int concurrency);
}
