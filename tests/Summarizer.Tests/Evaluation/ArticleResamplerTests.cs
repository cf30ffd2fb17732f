
namespace Summarizer.Evaluation.Tests;

public class ArticleResamplerTests
{
    [Fact]
    public void A_resample_takes_whole_articles_as_many_as_there_are()
    {
        // Rows 0–2 are one article's summaries, 3–4 another's, 5 a third's.
        string[] article = ["a", "a", "a", "b", "b", "c"];
        var resamples = ArticleResampler.Resamples([0, 1, 2, 3, 4, 5], i => article[i], count: 200).ToList();
        Assert.Equal(200, resamples.Count);
        foreach (var resample in resamples)
        {
            var drawn = resample.GroupBy(i => article[i]).ToList();
            // Each draw brings all of an article's rows, so every article appears a multiple of its row count times.
            Assert.All(drawn, g => Assert.Equal(0, g.Count() % article.Count(a => a == g.Key)));
            Assert.Equal(3, drawn.Sum(g => g.Count() / article.Count(a => a == g.Key)));
        }
        // With replacement: some resample draws one article twice.
        Assert.Contains(resamples, r => r.Distinct().Count() < r.Length);
    }

    [Fact]
    public void The_same_seed_gives_the_same_resamples()
    {
        string[] article = ["a", "b", "c", "d"];
        var first = ArticleResampler.Resamples([0, 1, 2, 3], i => article[i], count: 20).ToList();
        var again = ArticleResampler.Resamples([0, 1, 2, 3], i => article[i], count: 20).ToList();
        Assert.Equal(first, again);
    }

    [Fact]
    public void The_interval_holds_the_middle_95_percent_and_skips_non_finite_values()
    {
        var values = Enumerable.Range(0, 1001).Select(i => (double)i).Append(double.NaN);
        var interval = ArticleResampler.Interval(values);
        Assert.NotNull(interval);
        Assert.Equal(25, interval.Value.Low, 6);
        Assert.Equal(975, interval.Value.High, 6);
        Assert.Null(ArticleResampler.Interval([double.NaN]));
    }
}
