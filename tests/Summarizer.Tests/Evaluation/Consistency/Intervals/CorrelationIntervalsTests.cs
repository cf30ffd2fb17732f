using Summarizer.Evaluation.Consistency;
using Summarizer.Evaluation.Consistency.Intervals;

namespace Summarizer.Evaluation.Tests.Consistency.Intervals;

public class CorrelationIntervalsTests
{
    // 120 summaries of 40 articles by two summarisers; "good" follows the human score closely, "noisy" loosely.
    private static (List<FrankPair> Pairs, Dictionary<string, double[]> Scores) Benchmark()
    {
        var random = new Random(11);
        var pairs = Enumerable.Range(0, 120).Select(i => new FrankPair(
            "article" + i / 3, "cnndm", "test", i % 2 == 0 ? "m1" : "m2", "s", random.NextDouble(), new Dictionary<string, double?>())).ToList();
        var good = pairs.Select(p => p.Factuality + 0.1 * random.NextDouble()).ToArray();
        var noisy = pairs.Select(p => p.Factuality + 2 * random.NextDouble()).ToArray();
        return (pairs, new Dictionary<string, double[]> { ["good"] = good, ["noisy"] = noisy });
    }

    [Fact]
    public void Each_correlation_gets_an_interval_around_its_figure()
    {
        var (pairs, scores) = Benchmark();
        var (rows, _) = CorrelationIntervals.Add(pairs, scores, FrankEvaluation.Evaluate(pairs, scores), "good", resamples: 300);
        Assert.All(rows, r =>
        {
            Assert.NotNull(r.PearsonLow);
            Assert.InRange(r.Pearson, r.PearsonLow!.Value, r.PearsonHigh!.Value);
        });
        // The loosely related score is less certain: its interval is wider.
        var good = rows.First(r => r.Metric == "good" && r.Dataset == "cnndm");
        var noisy = rows.First(r => r.Metric == "noisy" && r.Dataset == "cnndm");
        Assert.True(noisy.PearsonHigh - noisy.PearsonLow > good.PearsonHigh - good.PearsonLow);
    }

    [Fact]
    public void A_clearly_better_metric_is_above_the_other_in_nearly_every_resample()
    {
        var (pairs, scores) = Benchmark();
        var points = FrankEvaluation.Evaluate(pairs, scores);
        var (_, comparisons) = CorrelationIntervals.Add(pairs, scores, points, "good", resamples: 300);
        var comparison = Assert.Single(comparisons, c => c.Dataset == "cnndm");
        Assert.Equal("noisy", comparison.Against);
        double expected = points.First(r => r.Metric == "good" && r.Dataset == "cnndm").Pearson - points.First(r => r.Metric == "noisy" && r.Dataset == "cnndm").Pearson;
        Assert.Equal(expected, comparison.Difference, 10);
        Assert.True(comparison.Low > 0);
        Assert.True(comparison.ShareAbove > 0.97);
    }

    [Fact]
    public void Two_copies_of_one_metric_cannot_be_told_apart()
    {
        var (pairs, scores) = Benchmark();
        scores["copy"] = scores["good"];
        var (_, comparisons) = CorrelationIntervals.Add(pairs, scores, FrankEvaluation.Evaluate(pairs, scores), "good", resamples: 100);
        var comparison = comparisons.First(c => c.Dataset == "cnndm" && c.Against == "copy");
        Assert.Equal(0, comparison.Difference, 12);
        Assert.Equal(0, comparison.ShareAbove);
    }
}
