using Microsoft.Extensions.Time.Testing;
using Summarizer.Llm.Engine;

namespace Summarizer.Tests.Llm;

/// <summary>
/// The model stage's total budget: none for a batch; a caller's is a deadline from when it is set; a configured one is a
/// length from the first call's slot; each attempt under a caller's budget gets a share of it.
/// </summary>
public sealed class ModelStageBudgetTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1), Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void A_batch_flow_without_a_setting_has_no_budget() =>
        Assert.Null(ModelStageBudget.Open(null, TimeProvider.System));

    [Fact]
    public void A_callers_budget_runs_from_when_it_is_set_not_from_the_slot_and_only_within_its_scope()
    {
        var time = new FakeTimeProvider();
        using (ModelStageBudget.Limit(10 * Second, time))
        {
            Assert.Equal(10 * Second, ModelStageBudget.RequestedLimit);
            time.Advance(4 * Second); // e.g. reading the request
            using var budget = ModelStageBudget.Open(null, time)!;
            time.Advance(5 * Second); // queued for a slot: counted
            Assert.False(budget.IsSpent);
            time.Advance(Second);
            Assert.True(budget.IsSpent);
            Assert.True(budget.Token.IsCancellationRequested);
        }
        Assert.Null(ModelStageBudget.RequestedLimit);
    }

    [Fact]
    public void Nested_caller_limits_keep_the_earlier_deadline()
    {
        var time = new FakeTimeProvider();
        using var outer = ModelStageBudget.Limit(2 * Second, time);
        using var inner = ModelStageBudget.Limit(Minute, time);
        Assert.Equal(2 * Second, ModelStageBudget.RequestedLimit);
        using var budget = ModelStageBudget.Open(null, time)!;
        time.Advance(2 * Second);
        Assert.True(budget.IsSpent);
    }

    [Fact]
    public void A_configured_total_timeout_starts_only_when_the_first_call_gets_its_slot()
    {
        var time = new FakeTimeProvider();
        using var budget = ModelStageBudget.Open(10 * Second, time)!;
        time.Advance(Minute); // queued behind the batch's other calls: not counted
        Assert.False(budget.IsSpent);
        ModelStageBudget.StartClock();
        time.Advance(9 * Second);
        ModelStageBudget.StartClock(); // a later call does not restart it
        Assert.False(budget.IsSpent);
        time.Advance(Second);
        Assert.True(budget.IsSpent);
    }

    [Fact]
    public void With_both_the_callers_deadline_and_a_configured_length_the_first_to_end_wins()
    {
        var time = new FakeTimeProvider();
        using var scope = ModelStageBudget.Limit(10 * Second, time);
        using var budget = ModelStageBudget.Open(Minute, time)!;
        ModelStageBudget.StartClock();
        time.Advance(10 * Second);
        Assert.True(budget.IsSpent);

        using var second = ModelStageBudget.Open(2 * Second, time)!; // the caller's deadline already passed
        Assert.True(second.IsSpent);
    }

    [Fact]
    public void Under_a_callers_budget_each_attempt_gets_its_share_so_retries_fit()
    {
        Assert.Equal(Minute, ModelStageBudget.AttemptTimeout(Minute, 3)); // batch: the setting
        using (ModelStageBudget.Limit(50 * Second, new FakeTimeProvider()))
        {
            Assert.Equal(12.5 * Second, ModelStageBudget.AttemptTimeout(Minute, 3));
            Assert.Equal(50 * Second, ModelStageBudget.AttemptTimeout(Minute, 0));
            Assert.Equal(5 * Second, ModelStageBudget.AttemptTimeout(5 * Second, 3)); // a shorter setting stays
        }
    }
}
