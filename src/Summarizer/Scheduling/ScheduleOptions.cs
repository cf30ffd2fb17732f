namespace Summarizer.Scheduling;

/// <summary>The nightly run, bound from <c>Summarizer:Schedule</c>.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Summarizer:Schedule";

    /// <summary>When false, <c>serve</c> runs no nightly batch (the API alone).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron expression (seconds first); the default fires at 02:00 every day.</summary>
    public string Cron { get; set; } = "0 0 2 * * ?";

    /// <summary>Time zone id the cron is read in ("Europe/Paris"); empty means the machine's local zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Folder the articles are dropped into; failed files move to its <c>quarantine/</c> subfolder.</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>Folder of the run outputs: one subfolder per run, <c>latest-run.json</c> and <c>state.json</c>.</summary>
    public string Output { get; set; } = Path.Combine("out", "nightly");

    /// <summary>Run at start-up when a scheduled run was missed while the service was down.</summary>
    public bool CatchUpMissedRun { get; set; } = true;

    /// <summary>
    /// Seconds an inbox file must have gone unwritten (its last-write time, on the service's clock) before a run takes it;
    /// a younger file, or one that changes while it is read, is left for the next run as still being written. 0 takes every file.
    /// </summary>
    public double QuietSeconds { get; set; } = 5;

    /// <summary>
    /// Inbox files' contents (SHA-256) remembered after they are summarised, the most recent first: a file repeating one
    /// on a later night is reported as its duplicate and marked done, not summarised again. 0 remembers none.
    /// </summary>
    public int RememberedContents { get; set; } = 10_000;

    /// <summary>
    /// How far back, in hours, articles summarised on earlier nights are brought into tonight's story clustering, so a
    /// story that runs over days is compared across them: a story is reported when at least one of tonight's articles
    /// is in it, its earlier members marked with their run. Earlier articles are read back from the inbox files whose
    /// contents <c>state.json</c> remembers (<see cref="RememberedContents"/>), never summarised again. 0 turns it off.
    /// </summary>
    public double CompareWithEarlierHours { get; set; } = 48;

    /// <summary>At most this many earlier articles (the most recently summarised first) join tonight's clustering; 0 turns it off.</summary>
    public int CompareWithEarlierArticles { get; set; } = 300;

    /// <summary>Articles processed at once during the nightly run; 0 keeps <c>Summarizer:Pipeline:MaxConcurrency</c>.</summary>
    public int MaxConcurrency { get; set; }
}
