using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Comparisons;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Comparisons;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline;

/// <summary>
/// A run's reported time includes the story comparison and the loading of earlier runs' articles, and its progress says
/// when the comparison starts and, first, what was loaded.
/// </summary>
public sealed class BatchRunnerDurationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero));
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;

    public BatchRunnerDurationTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        Repo.CopySeedsTo(_inbox);
        _services = PipelineServices.Build(new Dictionary<string, string?> { ["Summarizer:Comparison:UseSentenceEmbeddings"] = "false" },
            standIns: services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<ISummaryEngine>(new CountingEngine());
                services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
            });
    }

    [Fact]
    public async Task Duration_includes_the_story_comparison_which_progress_announces()
    {
        var stages = new List<BatchStage>();
        // Each article "takes" one second on the clock, and the comparison twenty, from the moment it is announced.
        var progress = new InlineProgress(p =>
        {
            stages.Add(p.Stage);
            _time.Advance(TimeSpan.FromSeconds(p.Stage == BatchStage.ComparingStories ? 20 : 1));
        });
        int articles = Repo.SeedFiles.Count();

        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([_inbox], _output, progress, default, maxConcurrency: 1);

        Assert.Equal(BatchStage.ComparingStories, stages[^1]);
        Assert.Equal(articles, stages.Count(s => s == BatchStage.Articles));
        Assert.Equal(TimeSpan.FromSeconds(articles), report.ArticlesDuration);
        Assert.Equal(TimeSpan.FromSeconds(20), report.ComparisonDuration);
        Assert.Equal(TimeSpan.FromSeconds(articles + 20), report.Duration);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.Equal(TimeSpan.FromSeconds(articles + 20), TimeSpan.Parse(run.RootElement.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(20), TimeSpan.Parse(run.RootElement.GetProperty("comparisonDuration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("story comparison 20.00 s", File.ReadAllText(Path.Combine(_output, RunOutput.ReportFile)));
    }

    [Fact]
    public async Task Loading_earlier_runs_articles_is_reported_first_and_its_time_is_a_stage_of_the_run()
    {
        // Two earlier articles of two earlier runs, loaded (by the caller, a nightly run) in three seconds.
        var earlier = new EarlierInputs(
        [
            SeedInputs.All()[0] with { Earlier = new EarlierRun("20261129T020000Z", new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero)) },
            SeedInputs.All()[1] with { Earlier = new EarlierRun("20261130T020000Z", new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero)) },
        ], TimeSpan.FromSeconds(3));
        var events = new List<BatchProgress>();
        var progress = new InlineProgress(p =>
        {
            events.Add(p);
            if (p.Stage == BatchStage.Articles) _time.Advance(TimeSpan.FromSeconds(1));
        });

        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync(
            BatchInputs.FromPaths([_inbox]) with { Earlier = earlier }, _output, progress, default, maxConcurrency: 1);

        Assert.Equal(BatchStage.EarlierArticles, events[0].Stage);
        Assert.Equal("loaded 2 earlier articles from 2 earlier runs in 3.00 s", events[0].LastSource);
        Assert.Single(events, e => e.Stage == BatchStage.EarlierArticles);
        int articles = Repo.SeedFiles.Count();
        Assert.Equal((TimeSpan.FromSeconds(3), 2, 2), (report.EarlierArticlesDuration, report.EarlierArticles, report.EarlierRuns));
        Assert.Equal(TimeSpan.FromSeconds(3 + articles), report.Duration);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.Equal(TimeSpan.FromSeconds(3), TimeSpan.Parse(run.RootElement.GetProperty("earlierArticlesDuration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("loading 2 earlier articles of 2 earlier runs 3.00 s", File.ReadAllText(Path.Combine(_output, RunOutput.ReportFile)));
    }

    [Fact]
    public async Task A_run_without_earlier_articles_reports_no_such_stage()
    {
        var events = new List<BatchProgress>();

        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([_inbox], _output, new InlineProgress(events.Add), default);

        Assert.DoesNotContain(events, e => e.Stage == BatchStage.EarlierArticles);
        Assert.Equal((TimeSpan.Zero, 0, 0), (report.EarlierArticlesDuration, report.EarlierArticles, report.EarlierRuns));
        Assert.DoesNotContain("earlier articles", File.ReadAllText(Path.Combine(_output, RunOutput.ReportFile)), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
