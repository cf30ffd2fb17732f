using System.Collections.Concurrent;
using Summarizer.Storage;

namespace Summarizer.Distributed;

/// <summary>
/// Runs whose coordinator has ended them (finished, cancelled, or failed): a consumer acknowledges their remaining
/// messages without work, so a stopped run's articles cost nothing more. A coordinator marks its own runs here at once
/// (the in-process queue's consumers see it immediately); other processes learn it from the store
/// (<see cref="IRunStore.IsCompletedAsync"/>), asking about a run still open at most once per <see cref="RecheckAfter"/>.
/// </summary>
public sealed class EndedRuns(IRunStore runs, TimeProvider time)
{
    /// <summary>How long a run found open is taken as open before the store is asked again.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(1);

    /// <summary>Runs remembered at most; past it the memory starts again (an ended run is then asked about once more).</summary>
    private const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<string, (bool Ended, long CheckedAt)> _known = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="runId"/> ended in this process.</summary>
    public void End(string runId)
    {
        Remember(runId, ended: true);
    }

    /// <summary>True when <paramref name="runId"/> has ended, here or (as last seen in the store) anywhere.</summary>
    public async ValueTask<bool> HasEndedAsync(string runId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(runId, out var known) && (known.Ended || time.GetElapsedTime(known.CheckedAt) < RecheckAfter))
            return known.Ended;
        bool ended = await runs.IsCompletedAsync(runId, cancellationToken).ConfigureAwait(false);
        return Remember(runId, ended);
    }

    private bool Remember(string runId, bool ended)
    {
        if (_known.Count >= MaxRemembered) _known.Clear();
        long now = time.GetTimestamp();
        // Once ended, a run stays ended: a store answer read before End() cannot reopen it.
        return _known.AddOrUpdate(runId, (ended, now), (_, old) => (old.Ended || ended, now)).Ended;
    }
}
