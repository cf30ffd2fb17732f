namespace Summarizer.Scheduling;

/// <summary>The work the nightly schedule triggers; a seam so the schedule can be tested without a pipeline.</summary>
public interface INightlyBatch
{
    /// <summary>When the last run started, as recorded on disk; null before the first.</summary>
    Task<DateTimeOffset?> GetLastRunAsync(CancellationToken cancellationToken);

    Task<NightlyRunReport> RunAsync(DateTimeOffset? scheduledFor, CancellationToken cancellationToken);
}
