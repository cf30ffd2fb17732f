using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Summarizer.Scheduling.Clustered;

/// <summary>
/// Brings the stored nightly trigger in line with the configured cron, time zone and catch-up setting at start. The
/// trigger is otherwise never re-declared by a starting replica (a replica replacing the trigger while another fires
/// it could fire the same time twice), so only an actual change of settings reschedules it.
/// </summary>
public sealed partial class ClusteredCronSync(ISchedulerFactory schedulers, ITrigger declared, ILogger<ClusteredCronSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (await scheduler.GetTrigger(declared.Key, cancellationToken) is not ICronTrigger stored || declared is not ICronTrigger wanted) return;
        if (stored.CronExpressionString == wanted.CronExpressionString && stored.TimeZone.Id == wanted.TimeZone.Id
            && stored.MisfireInstruction == wanted.MisfireInstruction) return;
        LogRescheduling(logger, stored.CronExpressionString ?? "", wanted.CronExpressionString ?? "");
        await scheduler.RescheduleJob(declared.Key, declared, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly schedule changed from '{Stored}' to '{Configured}'; rescheduling")]
    private static partial void LogRescheduling(ILogger logger, string stored, string configured);
}
