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
        Assert.Equal("marked", story.Engine);
        Assert.NotEqual("marked", off.Engine);
        Assert.Equal(2, model.Calls);
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
