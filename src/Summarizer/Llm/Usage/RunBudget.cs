using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>
/// Tokens, calls and cost of one run, shared by every model call (thread-safe). Once <see cref="LimitUsd"/> is
/// reached, <see cref="IsExhausted"/> turns true and the metering client refuses new calls; calls already in
/// flight still finish, so a run can overshoot by at most the calls in flight.
/// </summary>
public sealed class RunBudget(decimal? limitUsd)
{
    private readonly Lock _gate = new();
    private long _input, _output;
    private decimal _cost;
    private int _calls;

    public decimal? LimitUsd { get; } = limitUsd;

    public bool IsExhausted
    {
        get { lock (_gate) return LimitUsd is { } limit && _cost >= limit; }
    }

    public void Record(long inputTokens, long outputTokens, decimal cost)
    {
        lock (_gate)
        {
            _input += inputTokens;
            _output += outputTokens;
            _cost += cost;
            _calls++;
        }
    }

    /// <summary>A consistent snapshot of what the run has spent so far.</summary>
    public UsageRecord Total
    {
        get { lock (_gate) return new UsageRecord(_input, _output, _cost, _calls); }
    }

    /// <exception cref="RunBudgetExceededException">The limit is reached.</exception>
    public void EnsureAvailable()
    {
        lock (_gate)
        {
            if (LimitUsd is { } limit && _cost >= limit) throw new RunBudgetExceededException(limit, _cost);
        }
    }
}
