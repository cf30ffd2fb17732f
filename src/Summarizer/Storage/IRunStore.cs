namespace Summarizer.Storage;

/// <summary>
/// Run records shared by the coordinator and the workers of a distributed run: one row per article outcome, keyed by
/// run and sequence number so that recording the same article twice (a redelivered message) keeps the first.
/// </summary>
public interface IRunStore
{
    /// <summary>Records a run that expects <paramref name="expectedItems"/> outcomes.</summary>
    Task BeginRunAsync(string runId, int expectedItems, CancellationToken cancellationToken);

    /// <summary>Stores an outcome; false when the run already has one for that sequence number (the first stays).</summary>
    Task<bool> TryRecordAsync(string runId, StoredItem item, CancellationToken cancellationToken);

    /// <summary>True when the run already holds an outcome for <paramref name="sequence"/>.</summary>
    Task<bool> ContainsAsync(string runId, int sequence, CancellationToken cancellationToken);

    /// <summary>
    /// The run's outcomes by sequence number: all of them, or with <paramref name="among"/> only those for these sequence
    /// numbers (a coordinator asks for the ones it still waits for, so each poll reads only what is new).
    /// </summary>
    Task<IReadOnlyList<StoredItem>> GetItemsAsync(string runId, IReadOnlyCollection<int>? among, CancellationToken cancellationToken);

    /// <summary>True when the run has been completed (<see cref="CompleteRunAsync"/>: finished or cancelled), so its remaining messages need no work.</summary>
    Task<bool> IsCompletedAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Keeps the finished run's report (<c>run.json</c>) beside its outcomes.</summary>
    Task CompleteRunAsync(string runId, string reportJson, CancellationToken cancellationToken);
}
