using Microsoft.Extensions.Options;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons;

public sealed class ComparisonServiceTests
{
    private static ComparisonService Service(IStoryComparisonModel? model = null, bool useModel = true) =>
        new(new StoryComparer(), Options.Create(new ComparisonOptions { UseModel = useModel }), model);

    [Fact]
    public async Task A_run_is_clustered_into_stories_and_each_story_compared()
    {
        var run = await Service().CompareRunAsync(SeedInputs.All(), default);

        var comparison = Assert.Single(run.Comparisons);
        Assert.Equal(5, comparison.Articles.Count);
        Assert.NotEmpty(comparison.Conflicts);
    }

    [Fact]
    public async Task A_configured_model_extends_each_story_unless_switched_off()
    {
        var model = new MarkingModel();

        var run = await Service(model).CompareRunAsync(SeedInputs.All(), default);
        var story = await Service(model).CompareStoryAsync(SeedInputs.All().Take(2).ToList(), default);
        var off = await Service(model, useModel: false).CompareStoryAsync(SeedInputs.All().Take(2).ToList(), default);

        Assert.Equal("marked", Assert.Single(run.Comparisons).Engine);
        Assert.Equal("marked", story.Comparison!.Engine);
        Assert.NotEqual("marked", off.Comparison!.Engine);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task Articles_that_are_not_one_story_are_not_compared()
    {
        var model = new MarkingModel();
        var war = SeedInputs.All()[0];
        var bakeOff = SheetBuilder.For(
            "The village bake-off drew 40 entries this year. Judges praised a lemon drizzle cake by a retired teacher, " +
            "who won for the third time. The parish hall was full all afternoon and the tombola raised money for the church roof.", "Parish News").Input();

        var outcome = await Service(model).CompareStoryAsync([war, bakeOff], default);

        Assert.False(outcome.IsOneStory);
        Assert.Equal(2, outcome.Stories.Count);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public async Task An_article_given_twice_is_compared_once_never_agreeing_with_itself()
    {
        var seeds = SeedInputs.All();
        var model = new MarkingModel();

        var twice = await Service(model).CompareStoryAsync([seeds[0], seeds[0], seeds[3]], default);
        var direct = new StoryComparer().Compare([seeds[0], seeds[0]]);

        var comparison = twice.Comparison!;
        Assert.Equal([seeds[0].Article.Id, seeds[3].Article.Id], comparison.Articles.Select(a => a.Id));
        Assert.All(comparison.Agreements, a => Assert.Equal(a.Positions.Count(p => p.ArticleId == seeds[0].Article.Id),
            a.Positions.Where(p => p.ArticleId == seeds[0].Article.Id).Select(p => (p.Value, p.SentenceId)).Distinct().Count()));
        Assert.Single(direct.Articles);
        Assert.Empty(direct.Agreements);
        Assert.Empty(direct.Conflicts);
    }

    private sealed class MarkingModel : IStoryComparisonModel
    {
        public int Calls;

        public Task<StoryComparison> ExtendAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(rules with { Engine = "marked" });
        }
    }
}
