using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Facts;

namespace Summarizer.Tests.Comparisons.Clustering;

public sealed class StorySimilarityTests
{
    private static readonly string[] Topics = ["water treaty dams drought Rhine", "cup final striker goals stadium", "wildfire evacuation firefighters winds"];

    // Articles on three topics with varied wording, so some pairs reach a threshold and most do not.
    private static List<ComparisonInput> Inputs(int count, Random random) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var words = Topics[i % Topics.Length].Split(' ').OrderBy(_ => random.Next()).Take(3);
            string text = $"Report {i} says the {string.Join(' ', words)} story moved on Monday. Officials in town {i % 7} said more news would follow.";
            var article = TestArticles.Make(text, $"Outlet {i}");
            return new ComparisonInput(article, FactSheet.Empty(article.Id));
        }).ToList();

    private static float[] UnitVector(Random random)
    {
        var v = Enumerable.Range(0, 16).Select(_ => (float)random.NextDouble() - 0.3f).ToArray();
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pairs_found_row_by_row_are_the_pairs_whose_score_reaches_the_threshold(bool withMeaning)
    {
        var random = new Random(11);
        var inputs = Inputs(40, random);
        if (withMeaning) inputs = [.. inputs.Select(i => i with { Meaning = UnitVector(random) })];
        var similarity = StorySimilarity.Of(inputs, new StorySimilarityWeights());

        foreach (double threshold in new[] { -0.05, 0.05, 0.15 })
        {
            var expected = new List<(int, int)>();
            for (int i = 0; i < similarity.Count; i++)
                for (int j = i + 1; j < similarity.Count; j++)
                    if (similarity.Score(i, j) >= threshold) expected.Add((i, j));

            var found = similarity.PairsAtLeast(threshold);

            Assert.Equal(expected, found);
            Assert.Equal(StoryClusterer.Cluster(similarity.Count, similarity.Score, threshold), StoryClusterer.Cluster(similarity, threshold));
        }
    }

    [Fact]
    public void Some_thresholds_find_pairs_and_a_high_one_finds_none()
    {
        var similarity = StorySimilarity.Of(Inputs(30, new Random(3)), new StorySimilarityWeights());

        Assert.NotEmpty(similarity.PairsAtLeast(0.0));
        Assert.Empty(similarity.PairsAtLeast(2.0));
    }
}
