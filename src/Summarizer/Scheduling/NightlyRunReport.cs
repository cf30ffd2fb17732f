using Summarizer.Pipeline;

namespace Summarizer.Scheduling;

/// <summary>
/// One nightly run as written to <c>latest-run.json</c>: the batch report (articles, failures with reasons, durations,
/// tokens, cost) plus what only the schedule knows: unchanged files skipped, cache hits, quarantined files. A tick that
/// found nothing new or changed has no <see cref="RunFolder"/> and is not written: the last real run stays the latest.
/// </summary>
public sealed record NightlyRunReport(
    DateTimeOffset? ScheduledFor,
    string? RunFolder,
    int UnchangedFiles,
    long CacheHits,
    long CacheMisses,
    IReadOnlyList<QuarantinedFile> Quarantined,
    RunReport Run)
{
    /// <summary>Inbox files left for the next run because they were still being written (changed within the quiet period).</summary>
    public IReadOnlyList<string> StillBeingWritten { get; init; } = [];

    /// <summary>True when the inbox held nothing new or changed, so no batch ran.</summary>
    public bool NothingToDo => RunFolder is null;
}

/// <summary>
/// An inbox file moved to quarantine, where it went and why; or, with <see cref="Records"/>, the failed records of a
/// JSON Lines file or JSON array whose other records were summarised: those records alone were written to
/// <see cref="MovedTo"/>, and the file itself stays in the inbox, done.
/// </summary>
public sealed record QuarantinedFile(string Source, string MovedTo, string Reason)
{
    /// <summary>The records kept in quarantine (1-based: lines of a <c>.jsonl</c>, items of a <c>.json</c> array), or null for a whole file.</summary>
    public IReadOnlyList<int>? Records { get; init; }
}
