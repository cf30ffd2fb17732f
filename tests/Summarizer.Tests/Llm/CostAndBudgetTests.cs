using Summarizer.Llm.Configuration;
using Summarizer.Llm.Usage;

namespace Summarizer.Tests.Llm;

public sealed class CostAndBudgetTests
{
    private static readonly CostCalculator Costs = new(new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = new() { InputPerMillion = 0.15m, OutputPerMillion = 0.60m },
    });

    [Fact]
    public void Cost_is_tokens_times_price_per_million() =>
        Assert.Equal(0.000750m, Costs.Cost("gpt-4o-mini", 2000, 750));

    [Fact]
    public void Model_lookup_ignores_case_and_unpriced_models_cost_nothing()
    {
        Assert.Equal(0.15m, Costs.Cost("GPT-4o-mini", 1_000_000, 0));
        Assert.Equal(0m, Costs.Cost("unknown", 1_000_000, 1_000_000));
        Assert.Equal(0m, Costs.Cost(null, 10, 10));
    }

    [Fact]
    public void Budget_refuses_calls_once_reached_and_totals_are_consistent_under_concurrency()
    {
        var budget = new RunBudget(1.0m);
        Parallel.For(0, 1000, _ => budget.Record(10, 5, 0.0005m));

        Assert.Equal(new Summarizer.Summaries.UsageRecord(10_000, 5_000, 0.5m, 1000), budget.Total);
        Assert.False(budget.IsExhausted);
        budget.EnsureAvailable();

        budget.Record(0, 0, 0.5m);
        Assert.True(budget.IsExhausted);
        var ex = Assert.Throws<RunBudgetExceededException>(budget.EnsureAvailable);
        Assert.Equal(1.0m, ex.LimitUsd);
    }

    [Fact]
    public void No_limit_never_exhausts()
    {
        var budget = new RunBudget(null);
        budget.Record(1, 1, 1_000_000m);
        Assert.False(budget.IsExhausted);
    }
}
