using Microsoft.Extensions.Options;
using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons;

/// <summary>A run compared with articles of earlier runs (<see cref="ComparisonService.CompareRunAsync(IReadOnlyList{ComparisonInput}, IReadOnlyList{ComparisonInput}, CancellationToken)"/>).</summary>
public sealed class ComparisonServiceEarlierTests
{
    private static readonly EarlierRun LastNight = new("20261130T020000Z", new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    private static ComparisonService Service() => new(new StoryComparer(), Options.Create(new ComparisonOptions()));

    private static List<ComparisonInput> Earlier(params int[] seeds) =>
        seeds.Select(s => SeedInputs.All()[s] with { Earlier = LastNight }).ToList();

    [Fact]
    public async Task Earlier_articles_join_tonights_story_marked_with_their_run()
    {
        var run = await Service().CompareRunAsync(SeedInputs.All().Skip(2).ToList(), Earlier(0, 1), default);

        var story = Assert.Single(run.Comparisons);
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal((LastNight.RunId, LastNight.At), Mark(story, 0));
        Assert.Null(Mark(story, 2));
        Assert.Equal(2, story.Articles.Count(a => a.EarlierRun is not null));
    }

    [Fact]
    public async Task A_story_of_earlier_articles_alone_is_not_compared_and_an_article_of_both_runs_is_tonights()
    {
        var alone = await Service().CompareRunAsync([], Earlier(0, 1, 2), default);
        var both = await Service().CompareRunAsync(SeedInputs.All().Skip(2).ToList(), Earlier(0, 1, 2), default);

        Assert.Empty(alone.Comparisons);
        Assert.Empty(alone.Stories);
        var story = Assert.Single(both.Comparisons);
        Assert.Equal(5, story.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(5, story.Articles.Count);
        Assert.Null(Mark(story, 2));
        Assert.Equal(2, story.Articles.Count(a => a.EarlierRun is not null));
    }

    [Fact]
    public async Task Without_earlier_articles_a_run_is_compared_alone()
    {
        var run = await Service().CompareRunAsync(SeedInputs.All().Skip(3).ToList(), default);

        var story = Assert.Single(run.Comparisons);
        Assert.Equal(2, story.Articles.Count);
        Assert.All(story.Articles, a => Assert.Null(a.EarlierRun));
    }

    private static (string?, DateTimeOffset?)? Mark(StoryComparison story, int seed)
    {
        var article = story.Articles.Single(a => a.Id == SeedInputs.All()[seed].Article.Id);
        return article.EarlierRun is null ? null : (article.EarlierRun, article.EarlierRunAt);
    }
}
