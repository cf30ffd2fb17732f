using Summarizer.Comparisons;
using Summarizer.Pipeline;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons;

public sealed class ComparisonStageTests
{
    [Fact]
    public async Task The_stage_compares_successful_results_and_writes_their_stories()
    {
        var inputs = SeedInputs.All();
        var results = inputs.Select(i => new ArticleResult(i.Article.Source, i.Article, i.Facts, null, null, TimeSpan.Zero))
            .Append(new ArticleResult("broken.txt", null, null, null, "unreadable", TimeSpan.Zero)).ToList();
        string folder = Path.Combine(Path.GetTempPath(), "stage-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await new ComparisonStage(new StoryComparer(), Microsoft.Extensions.Options.Options.Create(new ComparisonOptions())).RunAsync(results, folder, CancellationToken.None);

            var comparison = Assert.Single(run.Comparisons);
            Assert.Equal(5, comparison.Articles.Count);
            Assert.True(File.Exists(Path.Combine(folder, ComparisonWriter.Folder, comparison.StoryId + ".json")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
