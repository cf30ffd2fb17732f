using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Pipeline;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// Loading earlier nights' articles is a stage of the nightly run like its articles and its story comparison: its time
/// is in the run's duration and in <c>run.json</c> and <c>report.md</c>, and a log line says what was loaded and how long it took.
/// </summary>
public sealed class InboxEarlierNightsStageTests : IDisposable
{
    private readonly TwoNights _nights;

    public InboxEarlierNightsStageTests() =>
        // No cache: every earlier article's facts are extracted again while it is loaded, each taking a second on the clock.
        _nights = new TwoNights(standIns: services => services.AddSingleton<IFactExtractor>(sp => new ClockedExtractor(_nights!.Clock)));

    [Fact]
    public async Task The_time_spent_loading_earlier_nights_articles_is_a_stage_of_the_run_and_is_logged()
    {
        _nights.DropSeed(0, "a-first.txt");
        _nights.DropSeed(1, "a-second.txt");
        var night1 = await _nights.NightAsync();
        _nights.Clock.Advance(TimeSpan.FromHours(24));
        _nights.DropSeed(2, "a-third.txt");

        var night2 = await _nights.NightAsync();

        // Two earlier articles, both of night 1, loaded in two (fake) seconds.
        Assert.Equal((2, 1, TimeSpan.FromSeconds(2)), (night2.Run.EarlierArticles, night2.Run.EarlierRuns, night2.Run.EarlierArticlesDuration));
        Assert.Equal(night2.Run.EarlierArticlesDuration + night2.Run.ArticlesDuration + night2.Run.ComparisonDuration, night2.Run.Duration);
        Assert.True(night2.Run.ArticlesDuration >= TimeSpan.FromSeconds(1));
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(night2.RunFolder!, RunOutput.RunFile)));
        Assert.Equal(TimeSpan.FromSeconds(2), TimeSpan.Parse(run.RootElement.GetProperty("earlierArticlesDuration").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(night2.Run.Duration, TimeSpan.Parse(run.RootElement.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal((2, 1), (run.RootElement.GetProperty("earlierArticles").GetInt32(), run.RootElement.GetProperty("earlierRuns").GetInt32()));
        Assert.Contains("loading 2 earlier articles of 1 earlier runs 2.00 s", File.ReadAllText(Path.Combine(night2.RunFolder!, RunOutput.ReportFile)));
        Assert.Contains(_nights.Logs.Lines, l => l.Contains("Loaded 2 earlier articles from 1 earlier runs in 2.00 s", StringComparison.Ordinal));

        // Night 1 had no earlier night: no such stage, in the report or in report.md.
        Assert.Equal((0, TimeSpan.Zero), (night1.Run.EarlierArticles, night1.Run.EarlierArticlesDuration));
        Assert.DoesNotContain("earlier articles", File.ReadAllText(Path.Combine(night1.RunFolder!, RunOutput.ReportFile)), StringComparison.Ordinal);
    }

    public void Dispose() => _nights.Dispose();

    /// <summary>The real extractor, each extraction taking a second on the test's clock.</summary>
    private sealed class ClockedExtractor(FakeTimeProvider clock) : IFactExtractor
    {
        private readonly FactExtractor _inner = new();

        public string Version => ((IFactExtractor)_inner).Version;

        public FactSheet Extract(Article article)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return _inner.Extract(article);
        }
    }
}
