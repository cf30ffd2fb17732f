using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>
/// Tokens, calls and cost of one run, shared by every model call of that run (thread-safe). A run is the async flow
/// between <see cref="BeginRun"/> and the disposal of its scope (<c>BatchRunner</c> begins one per batch, so each batch
/// gets the whole <see cref="LimitUsd"/>; runs that overlap each count their own); calls outside any run count
/// against one process-wide tally. Once <see cref="LimitUsd"/> is reached, <see cref="IsExhausted"/> turns true and
/// the metering client refuses new calls; calls already in flight still finish, so a run can overshoot by at most the
/// calls in flight.
/// </summary>
public sealed class RunBudget(decimal? limitUsd)
{
    private readonly Tally _outsideRuns = new();
    private readonly AsyncLocal<Tally?> _run = new();

    public decimal? LimitUsd { get; } = limitUsd;

    /// <summary>
    /// Starts a run with nothing spent: until the returned scope is disposed, this async flow and the tasks it starts
    /// record into, and are limited by, the run's own tally.
    /// </summary>
    public IDisposable BeginRun()
    {
        var scope = new RunScope(this, _run.Value);
        _run.Value = new Tally();
        return scope;
    }

    public bool IsExhausted => Current.IsOver(LimitUsd);

    public void Record(long inputTokens, long outputTokens, decimal cost) => Current.Record(inputTokens, outputTokens, cost);

    /// <summary>A consistent snapshot of what the current run (or, outside a run, the process) has spent so far.</summary>
    public UsageRecord Total => Current.Snapshot();

    /// <exception cref="RunBudgetExceededException">The limit is reached.</exception>
    public void EnsureAvailable()
    {
        var spent = Current.Snapshot().Cost;
        if (LimitUsd is { } limit && spent >= limit) throw new RunBudgetExceededException(limit, spent);
    }

    private Tally Current => _run.Value ?? _outsideRuns;

    private sealed class RunScope(RunBudget budget, Tally? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) budget._run.Value = previous;
        }
    }

    private sealed class Tally
    {
        private readonly Lock _gate = new();
        private long _input, _output;
        private decimal _cost;
        private int _calls;

        public void Record(long input, long output, decimal cost)
        {
            lock (_gate)
            {
                _input += input;
                _output += output;
                _cost += cost;
                _calls++;
            }
        }

        public bool IsOver(decimal? limit)
        {
            lock (_gate) return limit is { } l && _cost >= l;
        }

        public UsageRecord Snapshot()
        {
            lock (_gate) return new UsageRecord(_input, _output, _cost, _calls);
        }
    }
}
