using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>
/// Tokens, calls and cost of one run, shared by every model call of that run (thread-safe). A run is the async flow
/// between <see cref="BeginRun()"/> and the disposal of its scope: each batch and each API request is one (see
/// <see cref="RunBudgetHook"/>), so each gets the whole <see cref="LimitUsd"/>; runs that overlap count their own. A run
/// may also count against a longer budget (the API's daily one): a call is refused when either is spent. Calls outside any
/// run count against one process-wide tally. Calls already in flight still finish, so a run can overshoot by at most the
/// calls in flight.
/// </summary>
public sealed class RunBudget(decimal? limitUsd)
{
    private readonly BudgetTally _outsideRuns = new(limitUsd);
    private readonly AsyncLocal<BudgetTally?> _run = new();

    public decimal? LimitUsd { get; } = limitUsd;

    /// <summary>
    /// Starts a run with nothing spent: until the returned scope is disposed, this async flow and the tasks it starts
    /// record into, and are limited by, the run's own tally (and <paramref name="within"/>, when given).
    /// </summary>
    internal IDisposable BeginRun(BudgetTally? within)
    {
        var scope = new RunScope(this, _run.Value);
        _run.Value = new BudgetTally(LimitUsd, within);
        return scope;
    }

    /// <inheritdoc cref="BeginRun(BudgetTally?)"/>
    public IDisposable BeginRun() => BeginRun(null);

    public bool IsExhausted => Current.Exhausted() is not null;

    public void Record(long inputTokens, long outputTokens, decimal cost) => Current.Record(inputTokens, outputTokens, cost);

    /// <summary>A consistent snapshot of what the current run (or, outside a run, the process) has spent so far.</summary>
    public UsageRecord Total => Current.Snapshot();

    /// <exception cref="RunBudgetExceededException">The run's limit, or a longer budget it counts against, is reached.</exception>
    public void EnsureAvailable()
    {
        if (Current.Exhausted() is { LimitUsd: { } limit } spent) throw new RunBudgetExceededException(limit, spent.Snapshot().Cost);
    }

    private BudgetTally Current => _run.Value ?? _outsideRuns;

    private sealed class RunScope(RunBudget budget, BudgetTally? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) budget._run.Value = previous;
        }
    }
}
