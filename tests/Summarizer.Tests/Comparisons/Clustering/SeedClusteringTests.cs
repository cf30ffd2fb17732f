using Summarizer.Comparisons;
using Summarizer.Facts;
using Xunit.Abstractions;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Clustering;

public sealed class SeedClusteringTests(ITestOutputHelper output)
{
    private static ComparisonInput Extracted(string text, string outlet)
    {
        var article = TestArticles.Make(text, outlet);
        return new ComparisonInput(article, new FactExtractor().Extract(article));
    }

    [Fact]
    public void The_seeds_stay_one_story_among_unrelated_articles()
    {
        var others = new[]
        {
            Extracted("Riverside United beat Northgate 3-1 in the cup final at Hillview Stadium. Striker Tomas Reyes scored twice before a crowd of 40,000 fans. Coach Maria Ortega praised the defence.", "Sports Daily"),
            Extracted("Northgate lost the cup final to Riverside United at Hillview Stadium, where Tomas Reyes scored two goals. Ortega said the team had earned the trophy.", "Goal Weekly"),
            Extracted("A wildfire near Pine Hollow in California forced 2,000 residents to evacuate as firefighters battled flames fanned by strong winds, Governor Paul Reed said.", "West News"),
            Extracted("The European Central Bank held interest rates at 2 percent on Thursday, President Christine Lagarde told reporters in Frankfurt, citing slowing inflation in Europe.", "Money Wire"),
        };
        var inputs = SeedInputs.All().Concat(others).ToList();

        var clusterer = new StoryComparer();
        var run = clusterer.CompareRun(inputs);
        foreach (var story in run.Stories)
            output.WriteLine(string.Join(", ", story.ArticleIds.Select(id => id)));

        var seedIds = SeedInputs.All().Select(i => i.Article.Id).ToHashSet();
        Assert.Contains(run.Stories, s => s.ArticleIds.ToHashSet().SetEquals(seedIds));
        Assert.Contains(run.Stories, s => s.ArticleIds.ToHashSet().SetEquals([others[0].Article.Id, others[1].Article.Id]));
        Assert.Equal(4, run.Stories.Count);
    }
}
