using System.Threading.Channels;
using Summarizer.Pipeline;
using Summarizer.Scheduling;

namespace Summarizer.Tests.Scheduling;

/// <summary>Records each run the schedule triggers.</summary>
internal sealed class FakeNightlyBatch(DateTimeOffset? lastRun) : INightlyBatch
{
    private readonly Channel<DateTimeOffset?> _runs = Channel.CreateUnbounded<DateTimeOffset?>();

    public Task<DateTimeOffset?> GetLastRunAsync(CancellationToken cancellationToken) => Task.FromResult(lastRun);

    public Task<NightlyRunReport> RunAsync(DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        _runs.Writer.TryWrite(scheduledFor);
        var run = new RunReport("r", scheduledFor ?? default, TimeSpan.Zero, "fake", []);
        return Task.FromResult(new NightlyRunReport(scheduledFor, "", 0, 0, 0, [], run));
    }

    /// <summary>The scheduled time of the next run, waiting for it at most a few seconds.</summary>
    public async Task<DateTimeOffset?> NextRunAsync() =>
        await _runs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasPendingRun => _runs.Reader.TryPeek(out _);
}
