using Summarizer.Pipeline;
using Summarizer.Pipeline.Stages;
using Summarizer.Summaries;

namespace Summarizer.Tests.Pipeline;

/// <summary>A run's model usage is what this run spent: a summary read from the cache cost nothing this time.</summary>
public class RunReportUsageTests
{
    private static RunItem Item(string source, int calls, bool summaryCached) =>
        new(source, source, "headline", source + ".json", true, 0.9, null, new UsageRecord(100 * calls, 10 * calls, 0.01m * calls, calls), 5, null)
        {
            CachedStages = summaryCached ? [FactsStage.Stage, SummaryStage.Stage] : [],
        };

    private static RunReport Report(params RunItem[] items) => new("run", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), "llm:test", items);

    [Fact]
    public void Summaries_from_the_cache_add_no_calls_to_the_runs_total()
    {
        var usage = Report(Item("a", calls: 2, summaryCached: true), Item("b", calls: 3, summaryCached: false)).Usage;

        Assert.NotNull(usage);
        Assert.Equal(3, usage.Calls);
        Assert.Equal(300, usage.InputTokens);
        Assert.Equal(30, usage.OutputTokens);
        Assert.Equal(0.03m, usage.Cost);
    }

    [Fact]
    public void A_run_served_wholly_from_the_cache_made_no_calls()
    {
        var report = Report(Item("a", calls: 2, summaryCached: true), Item("b", calls: 1, summaryCached: true));

        Assert.Equal(0, report.Usage!.Calls);
        Assert.Equal(2, report.Items[0].Usage!.Calls);
    }

    [Fact]
    public void A_run_whose_engine_reports_no_usage_has_none()
    {
        var item = Item("a", calls: 1, summaryCached: false) with { Usage = null };

        Assert.Null(Report(item).Usage);
    }
}
