using Quartz;

namespace Summarizer.Scheduling;

/// <summary>When the nightly run fires: the cron read in its time zone, plus catch-up of a run missed while down.</summary>
public sealed class NightlySchedule
{
    private readonly CronExpression _cron;
    private readonly bool _catchUp;

    public NightlySchedule(ScheduleOptions options)
    {
        var zone = ResolveTimeZone(options.TimeZone);
        try
        {
            _cron = new CronExpression(options.Cron ?? "", zone);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Summarizer:Schedule:Cron '{options.Cron}' is not a valid Quartz cron expression (seconds minutes hours day month weekday): {e.Message}", e);
        }
        _catchUp = options.CatchUpMissedRun;
    }

    /// <summary>
    /// The instant the next run should start: <paramref name="now"/> itself when a fire time after
    /// <paramref name="lastRun"/> has already passed (and catch-up is on), else the next fire time; null when the cron never fires again.
    /// </summary>
    public DateTimeOffset? NextRun(DateTimeOffset now, DateTimeOffset? lastRun)
    {
        if (_catchUp && lastRun is { } last && _cron.GetNextValidTimeAfter(last) is { } missed && missed <= now) return now;
        return _cron.GetNextValidTimeAfter(now);
    }

    public static TimeZoneInfo ResolveTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Local;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ArgumentException($"Summarizer:Schedule:TimeZone '{id}' is not a time zone known to this machine.");
        }
    }
}
