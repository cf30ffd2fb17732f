using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Llm.Usage;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Runs;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Tests.Llm;

/// <summary>The spending budget is per batch run: a run starts with nothing spent, overlapping runs count apart.</summary>
public sealed class RunBudgetTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-budget-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Each_run_starts_with_nothing_spent_and_the_tally_outside_runs_is_kept_apart()
    {
        var budget = new RunBudget(1.0m);
        budget.Record(1, 1, 0.25m);
        using (budget.BeginRun())
        {
            Assert.Equal(0, budget.Total.Calls);
            budget.Record(10, 5, 1.0m);
            Assert.True(budget.IsExhausted);
            Assert.Throws<RunBudgetExceededException>(budget.EnsureAvailable);
        }
        using (budget.BeginRun())
        {
            Assert.False(budget.IsExhausted);
            budget.EnsureAvailable();
            Assert.Equal(new UsageRecord(0, 0, 0m, 0), budget.Total);
        }
        Assert.Equal(new UsageRecord(1, 1, 0.25m, 1), budget.Total);
    }

    [Fact]
    public async Task Overlapping_runs_and_the_tasks_they_start_each_count_their_own()
    {
        var budget = new RunBudget(null);
        async Task<UsageRecord> Run(int calls)
        {
            using var _ = budget.BeginRun();
            await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => Task.Run(async () =>
            {
                await Task.Yield();
                budget.Record(1, 1, 0.01m);
            })));
            return budget.Total;
        }

        var totals = await Task.WhenAll(Run(3), Run(7));

        Assert.Equal(3, totals[0].Calls);
        Assert.Equal(7, totals[1].Calls);
        Assert.Equal(0, budget.Total.Calls);
    }

    [Fact]
    public async Task Batch_runner_gives_every_batch_the_whole_budget()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_work, "inbox")).FullName;
        foreach (var n in new[] { "one", "two" })
            File.WriteAllText(Path.Combine(inbox, $"{n}.txt"),
                $"Council approves the {n} budget\nThe city council approved the {n} budget on Tuesday after a long debate. Members said the plan was fair.");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizer:Pipeline:MaxConcurrency"] = "1", ["Summarizer:Cache:Enabled"] = "false" }).Build();
        var services = new ServiceCollection().AddLogging().AddSummarizerPipeline(config);
        services.AddSingleton(new RunBudget(1.0m));
        services.AddSingleton(new ApiDailyBudget(null, TimeProvider.System));
        services.AddSingleton<IRunHook, RunBudgetHook>();
        services.AddSingleton<ISummaryEngine, OneDollarEngine>();
        await using var sp = services.BuildServiceProvider();
        var runner = sp.GetRequiredService<BatchRunner>();

        var first = await runner.RunAsync([inbox], Path.Combine(_work, "out1"), null, default);
        var second = await runner.RunAsync([inbox], Path.Combine(_work, "out2"), null, default);

        // A dollar per article against a one-dollar budget: one article per run, and the second run is not refused up front.
        Assert.Equal((1, 1), (first.Succeeded, first.Failed));
        Assert.Equal((1, 1), (second.Succeeded, second.Failed));
        Assert.Contains(nameof(RunBudgetExceededException), second.Items.Single(i => i.Error is not null).Error);
        Assert.Equal(0, sp.GetRequiredService<RunBudget>().Total.Calls); // nothing leaked outside the runs
    }

    [Fact]
    public void Each_api_request_is_its_own_run_and_all_of_them_count_against_the_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var budget = new RunBudget(1.0m);
        var runs = new RunScopes([new RunBudgetHook(budget, new ApiDailyBudget(2.5m, clock))]);
        bool Request(decimal cost)
        {
            using var _ = runs.Begin(RunKind.Api);
            if (budget.IsExhausted) return false;
            budget.Record(10, 10, cost);
            return true;
        }

        // A request never inherits what earlier ones spent: each may spend up to the run budget...
        Assert.True(Request(0.9m));
        Assert.True(Request(0.9m));
        Assert.True(Request(0.9m));
        // ...until the day's API budget (2.5) is spent; the next day starts afresh.
        Assert.False(Request(0.1m));
        clock.Advance(TimeSpan.FromHours(15));
        Assert.True(Request(0.9m));
        Assert.Equal(0, budget.Total.Calls); // nothing leaked outside the requests
    }

    [Fact]
    public void A_batch_does_not_count_against_the_api_day()
    {
        var budget = new RunBudget(null);
        var runs = new RunScopes([new RunBudgetHook(budget, new ApiDailyBudget(1.0m, TimeProvider.System))]);
        using (runs.Begin(RunKind.Batch)) budget.Record(1, 1, 5.0m);

        using var api = runs.Begin(RunKind.Api);
        Assert.False(budget.IsExhausted);
        budget.EnsureAvailable();
    }

    /// <summary>An engine whose every summary costs a dollar of the run budget, metered like the chat client does.</summary>
    private sealed class OneDollarEngine(RunBudget budget) : ISummaryEngine
    {
        private readonly ExtractiveSummaryEngine _inner = new();

        public string Name => "one-dollar";

        public Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken)
        {
            budget.EnsureAvailable();
            budget.Record(100, 10, 1.0m);
            return _inner.SummarizeAsync(article, facts, cancellationToken);
        }
    }
}
