using System.Collections.Concurrent;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>
/// A clock whose timers run <see cref="Factor"/> times faster and which records every delay asked of it,
/// so a 30-second Retry-After can be checked in a third of a second.
/// </summary>
public sealed class ScaledTimeProvider(double factor) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public double Factor { get; } = factor;

    public IReadOnlyList<TimeSpan> RequestedDelays => _requested.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _requested.Enqueue(dueTime);
        return base.CreateTimer(callback, state, Scale(dueTime), Scale(period));
    }

    private TimeSpan Scale(TimeSpan t) => t == Timeout.InfiniteTimeSpan || t <= TimeSpan.Zero ? t : t / Factor;
}
