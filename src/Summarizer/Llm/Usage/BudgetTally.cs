using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>Tokens, calls and cost counted against one limit (thread-safe); <see cref="Parent"/> also counts every call.</summary>
internal sealed class BudgetTally(decimal? limitUsd, BudgetTally? parent = null)
{
    private readonly Lock _gate = new();
    private long _input, _output;
    private decimal _cost;
    private int _calls;

    public decimal? LimitUsd { get; } = limitUsd;

    public BudgetTally? Parent { get; } = parent;

    public void Record(long input, long output, decimal cost)
    {
        lock (_gate)
        {
            _input += input;
            _output += output;
            _cost += cost;
            _calls++;
        }
        Parent?.Record(input, output, cost);
    }

    /// <summary>The first tally on the way up whose limit is reached, or null.</summary>
    public BudgetTally? Exhausted()
    {
        for (var tally = this; tally is not null; tally = tally.Parent)
            if (tally.LimitUsd is { } limit && tally.Snapshot().Cost >= limit) return tally;
        return null;
    }

    public UsageRecord Snapshot()
    {
        lock (_gate) return new UsageRecord(_input, _output, _cost, _calls);
    }
}
