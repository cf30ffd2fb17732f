using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public class PairedMarginTests
{
    private static RougeScores Scores(double f1) => new(new RougeScore(f1, f1, f1), new RougeScore(f1 / 2, f1 / 2, f1 / 2), new RougeScore(f1, f1, f1), new RougeScore(f1, f1, f1));

    [Fact]
    public void The_margin_is_the_mean_per_document_difference_with_an_interval_around_it()
    {
        var random = new Random(2);
        var scores = new List<DocumentScore>();
        for (int i = 0; i < 100; i++)
        {
            // Documents differ a lot in difficulty; the system is one point better on each, give or take a little.
            double baseline = random.NextDouble() * 0.5;
            scores.Add(new DocumentScore("d" + i, "cnndm", "test", "lead3", Scores(baseline)));
            scores.Add(new DocumentScore("d" + i, "cnndm", "test", "extractive", Scores(baseline + 0.01 + (random.NextDouble() - 0.5) * 0.002)));
        }

        var margin = Assert.Single(PairedMargin.Of(scores, "extractive", "lead3"));

        Assert.Equal(100, margin.Count);
        Assert.Equal(1, margin.Rouge1.Mean, 1);
        Assert.Equal(0.5, margin.Rouge2.Mean, 1);
        // Pairing removes the documents' own difficulty: the interval is tight although the scores spread widely.
        Assert.InRange(margin.Rouge1.Low, 0.9, 1);
        Assert.InRange(margin.Rouge1.High, 1, 1.1);
    }

    [Fact]
    public void Only_documents_both_systems_scored_count_and_each_split_is_apart()
    {
        DocumentScore Row(string id, string split, string system, double f1) => new(id, "xsum", split, system, Scores(f1));
        DocumentScore[] scores = [Row("a", "dev", "lead3", 0.2), Row("a", "dev", "extractive", 0.3), Row("b", "dev", "extractive", 0.9),
            Row("c", "test", "lead3", 0.5), Row("c", "test", "extractive", 0.4)];

        var margins = PairedMargin.Of(scores, "extractive", "lead3");

        Assert.Equal(["dev", "test"], margins.Select(m => m.Split));
        Assert.Equal(10, margins[0].Rouge1.Mean, 6);
        Assert.Equal(-10, margins[1].Rouge1.Mean, 6);
        Assert.All(margins, m => Assert.Equal(1, m.Count));
    }
}
