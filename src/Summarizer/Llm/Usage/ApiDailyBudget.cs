namespace Summarizer.Llm.Usage;

/// <summary>
/// The API's own spending limit per UTC day (<c>Summarizer:Llm:ApiDailyBudgetUsd</c>): every API request's run counts
/// against today's tally as well as its own, so editors cannot spend more than this in a day whatever each request costs.
/// </summary>
public sealed class ApiDailyBudget(decimal? limitUsd, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private BudgetTally? _today;

    public decimal? LimitUsd { get; } = limitUsd;

    /// <summary>Today's tally, or null when there is no daily limit.</summary>
    internal BudgetTally? Today()
    {
        if (LimitUsd is null) return null;
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        lock (_gate)
        {
            if (_today is null || day != _day) (_day, _today) = (day, new BudgetTally(LimitUsd));
            return _today;
        }
    }
}
