using Microsoft.Extensions.Logging;
using Quartz;

namespace Summarizer.Scheduling.Clustered;

/// <summary>
/// The nightly run as a Quartz job: whichever replica acquires the trigger runs <see cref="INightlyBatch"/>; the
/// cluster never runs two at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class NightlyRunJob(INightlyBatch batch, ILogger<NightlyRunJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var scheduledFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FireInstanceId"] = context.FireInstanceId });
        LogStarting(logger, scheduledFor, context.Scheduler.SchedulerInstanceId);
        try
        {
            var report = await batch.RunAsync(scheduledFor, cancellationToken).ConfigureAwait(false);
            LogFinished(logger, report.Run.Items.Count, report.Run.Failed, report.UnchangedFiles, report.Run.Duration.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged, not rethrown: the next fire time stands, and a failed run is not retried in a loop.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run starting (scheduled for {ScheduledFor:O}) on {Instance}")]
    private static partial void LogStarting(ILogger logger, DateTimeOffset scheduledFor, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run finished: {Items} items, {Failed} failed, {Unchanged} unchanged files skipped, {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int items, int failed, int unchanged, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
