using Microsoft.Extensions.Options;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons;

/// <summary>A run compared with articles of earlier runs (<see cref="ComparisonService.CompareWithEarlier"/>).</summary>
public sealed class ComparisonServiceEarlierTests
{
    private static readonly EarlierRun LastNight = new("20261130T020000Z", new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    private static ComparisonService Service() => new(new StoryComparer(), Options.Create(new ComparisonOptions()));

    private static List<ComparisonInput> Earlier(params int[] seeds) =>
        seeds.Select(s => SeedInputs.All()[s] with { Earlier = LastNight }).ToList();

    [Fact]
    public async Task Earlier_articles_join_tonights_story_marked_with_their_run()
    {
        ComparisonRun run;
        using (ComparisonService.CompareWithEarlier(Earlier(0, 1)))
            run = await Service().CompareRunAsync(SeedInputs.All().Skip(2).ToList(), default);

        var story = Assert.Single(run.Comparisons);
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(LastNight, EarlierMembers.Of(story, SeedInputs.All()[0].Article.Id));
        Assert.Null(EarlierMembers.Of(story, SeedInputs.All()[2].Article.Id));
        Assert.Equal(2, run.Earlier.Count);
    }

    [Fact]
    public async Task A_story_of_earlier_articles_alone_is_not_compared_and_an_article_of_both_runs_is_tonights()
    {
        ComparisonRun alone, both;
        using (ComparisonService.CompareWithEarlier(Earlier(0, 1, 2)))
        {
            alone = await Service().CompareRunAsync([], default);
            both = await Service().CompareRunAsync(SeedInputs.All().Skip(2).ToList(), default);
        }

        Assert.Empty(alone.Comparisons);
        Assert.Empty(alone.Stories);
        var story = Assert.Single(both.Comparisons);
        Assert.Equal(5, story.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(5, story.Articles.Count);
        Assert.Null(EarlierMembers.Of(story, SeedInputs.All()[2].Article.Id));
        Assert.Equal(2, EarlierMembers.Count(story));
    }

    [Fact]
    public async Task Outside_the_scope_a_run_is_compared_alone()
    {
        using (ComparisonService.CompareWithEarlier(Earlier(0, 1))) { }

        var run = await Service().CompareRunAsync(SeedInputs.All().Skip(3).ToList(), default);

        Assert.Equal(2, Assert.Single(run.Comparisons).Articles.Count);
        Assert.Empty(run.Earlier);
    }
}
