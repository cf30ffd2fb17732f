using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Summarizer.Scheduling;

/// <summary>
/// Waits for each fire time of the nightly schedule (on the injected <see cref="TimeProvider"/>) and runs the batch;
/// at start, a run missed while the service was down is caught up. A run in progress at shutdown is allowed to
/// finish until the host's shutdown timeout, then cancelled.
/// </summary>
public sealed partial class NightlyRunService(
    INightlyBatch batch, NightlySchedule schedule, TimeProvider time, ILogger<NightlyRunService> logger) : BackgroundService
{
    // Long waits are cut into pieces so a clock change (or a wait beyond the timer's ~49-day range) is noticed.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);
    private readonly CancellationTokenSource _hardStop = new();

    /// <summary>Completes each run; lets tests and the API observe progress without polling the disk.</summary>
    public event Action<NightlyRunReport>? RunCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? lastRun = await batch.GetLastRunAsync(stoppingToken);
        DateTimeOffset? announced = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.NextRun(now, lastRun) is not { } next)
            {
                LogNeverFires(logger);
                return;
            }
            if (next > now)
            {
                // Long waits are cut into hour-long pieces: say when the next run is once, not every hour.
                if (announced != next) LogWaiting(logger, next);
                announced = next;
                await Task.Delay(Min(next - now, MaxWait), time, stoppingToken);
                if (time.GetUtcNow() < next) continue;
            }
            // Recorded before running, so a run that throws is not retried in a loop by catch-up.
            lastRun = time.GetUtcNow();
            await RunOnceAsync(next);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(_hardStop.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _hardStop.Dispose();
        base.Dispose();
    }

    private async Task RunOnceAsync(DateTimeOffset scheduledFor)
    {
        try
        {
            LogStarting(logger, scheduledFor);
            var report = await batch.RunAsync(scheduledFor, _hardStop.Token);
            if (report.NothingToDo) LogNothingNew(logger, report.UnchangedFiles);
            else LogFinished(logger, report.Run.Items.Count, report.Run.Failed, report.Run.Duplicates, report.UnchangedFiles, report.CacheHits, report.Run.Duration.TotalSeconds);
            RunCompleted?.Invoke(report);
        }
        catch (OperationCanceledException) when (_hardStop.IsCancellationRequested)
        {
            LogCancelled(logger);
        }
        catch (Exception e)
        {
            LogFailed(logger, e);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Next nightly run at {Next:O}")]
    private static partial void LogWaiting(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run starting (scheduled for {ScheduledFor:O})")]
    private static partial void LogStarting(ILogger logger, DateTimeOffset scheduledFor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run finished: {Items} items, {Failed} failed, {Duplicates} duplicates, {Unchanged} unchanged files skipped, {CacheHits} cache hits, {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int items, int failed, int duplicates, int unchanged, long cacheHits, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run: nothing new or changed in the inbox ({Unchanged} files unchanged); the last run stays the latest")]
    private static partial void LogNothingNew(ILogger logger, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nightly run cancelled at shutdown")]
    private static partial void LogCancelled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The nightly cron never fires again; no more nightly runs")]
    private static partial void LogNeverFires(ILogger logger);
}
