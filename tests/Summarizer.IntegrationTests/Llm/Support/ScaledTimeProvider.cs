using System.Collections.Concurrent;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>
/// A clock that records every delay asked of it, so a test asserts on the delays asked for rather than on time taken.
/// Waits (timers created with a due time, as <c>Task.Delay</c> and Polly's retry backoff create them) run
/// <see cref="Factor"/> times faster, so a 30-second Retry-After passes in 30 ms. Timeouts (a cancellation source's
/// timer, set later by <see cref="ITimer.Change"/>) are recorded but run in real time, so a prompt reply still fits
/// its attempt timeout.
/// </summary>
public sealed class ScaledTimeProvider(double factor) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public double Factor { get; } = factor;

    /// <summary>Every finite delay asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays => _requested.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new ScaledTimer(this, base.CreateTimer(callback, state, Scale(dueTime), Scale(period)));
    }

    private void Record(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan) _requested.Enqueue(dueTime);
    }

    private TimeSpan Scale(TimeSpan t) => t == Timeout.InfiniteTimeSpan || t <= TimeSpan.Zero ? t : t / Factor;

    private sealed class ScaledTimer(ScaledTimeProvider clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
