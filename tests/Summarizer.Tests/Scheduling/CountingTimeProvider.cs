using Microsoft.Extensions.Time.Testing;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// <see cref="FakeTimeProvider"/> that also lets a test wait until the code under test has started waiting:
/// <see cref="WaitForTimersAsync"/> completes once timers have been created <c>count</c> times in total.
/// </summary>
internal sealed class CountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _created;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _created++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _created).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
        return timer;
    }

    public Task WaitForTimersAsync(int count)
    {
        lock (_lock)
        {
            if (_created >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
