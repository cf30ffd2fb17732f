using Summarizer.Llm.Engine;

namespace Summarizer.Tests.Llm;

/// <summary>The model stage's total budget: none for a batch, the caller's in its flow, the shorter of it and the setting.</summary>
public sealed class ModelStageBudgetTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1), Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void A_batch_flow_without_a_setting_has_no_budget() =>
        Assert.Null(ModelStageBudget.Open(null, TimeProvider.System));

    [Fact]
    public void The_shorter_of_the_callers_limit_and_the_setting_applies_and_only_within_the_callers_scope()
    {
        Assert.Equal(Minute, ModelStageBudget.Effective(Minute));
        using (ModelStageBudget.Limit(Second))
        {
            Assert.Equal(Second, ModelStageBudget.Effective(null));
            Assert.Equal(Second, ModelStageBudget.Effective(Minute));
            Assert.Equal(Second / 2, ModelStageBudget.Effective(Second / 2));
        }
        Assert.Null(ModelStageBudget.Effective(null));
    }

    [Fact]
    public async Task The_clock_starts_only_when_started()
    {
        using var scope = ModelStageBudget.Limit(TimeSpan.FromMilliseconds(20));
        using var budget = ModelStageBudget.Open(null, TimeProvider.System)!;
        await Task.Delay(100);
        Assert.False(budget.IsSpent); // queued: not counted
        ModelStageBudget.StartClock();
        await Task.Delay(1000).WaitAsync(budget.Token).ContinueWith(_ => { });
        Assert.True(budget.IsSpent);
    }
}
