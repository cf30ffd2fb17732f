using Summarizer.Evaluation.Consistency;

namespace Summarizer.Evaluation.Tests.Consistency;

public class BalancedAccuracyTests
{
    [Fact]
    public void Balanced_accuracy_weighs_both_classes_equally()
    {
        // 3 of 4 consistent summaries above the cut, 1 of 1 inconsistent below it.
        Assert.Equal((0.75 + 1) / 2, BalancedAccuracy.Of([0.9, 0.8, 0.7, 0.1, 0.05], [1, 1, 1, 1, 0], 0.5), 6);
    }

    [Fact]
    public void The_threshold_separating_val_best_lies_between_the_classes()
    {
        var (threshold, accuracy) = BalancedAccuracy.ChooseThreshold([0.1, 0.2, 0.6, 0.9], [0, 0, 1, 1]);
        Assert.Equal(1, accuracy);
        Assert.InRange(threshold, 0.2, 0.6);
    }

    [Fact]
    public void The_centred_threshold_is_the_middle_of_those_within_one_standard_error_of_the_best()
    {
        double[] scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
        int[] labels = [0, 0, 1, 1, 0, 1, 1, 0];
        // The best cut (0.25) scores .75 with a standard error of .125; cuts at .15, .25, .35 and .55 lie within it.
        Assert.Equal(0.125, BalancedAccuracy.StandardError(scores, labels, 0.25), 6);
        var (best, bestAccuracy) = BalancedAccuracy.ChooseThreshold(scores, labels);
        var (centred, centredAccuracy) = BalancedAccuracy.ChooseCentredThreshold(scores, labels);
        Assert.Equal(0.25, best, 6);
        Assert.Equal(0.75, bestAccuracy, 6);
        Assert.Equal(0.35, centred, 6);
        Assert.Equal(0.625, centredAccuracy, 6);
    }

    [Fact]
    public void Separable_scores_leave_one_centred_threshold_between_the_classes()
    {
        var (threshold, accuracy) = BalancedAccuracy.ChooseCentredThreshold([0.1, 0.2, 0.6, 0.9], [0, 0, 1, 1]);
        Assert.Equal(1, accuracy);
        Assert.Equal(0.4, threshold, 6);
    }

    [Fact]
    public void Cliff_evaluation_applies_the_val_threshold_to_test_and_lists_published_peers()
    {
        CliffRow Row(string cut, int label) => new("xsum", cut, "1", "BART", label, "doc", "sum");
        CliffRow[] rows = [Row("val", 0), Row("val", 1), Row("test", 0), Row("test", 1)];
        // On test the consistent summary scores below the val threshold: half right.
        double[] scores = [0.2, 0.8, 0.1, 0.3];

        var result = CliffEvaluation.Evaluate(rows, new Dictionary<string, IReadOnlyList<double>> { ["ours"] = scores });

        var ours = Assert.Single(result, r => r.Metric == "ours");
        Assert.Equal(1, ours.Val);
        Assert.Equal(0.5, ours.Test);
        Assert.Contains(result, r => r.Metric.StartsWith("DAE") && r.Test == 0.754);
    }

    [Fact]
    public void The_test_figure_carries_an_interval_over_test_articles()
    {
        var random = new Random(4);
        // 40 val and 80 test summaries, each of its own article; the score separates the labels imperfectly.
        var rows = Enumerable.Range(0, 120).Select(i => new CliffRow("cnndm", i < 40 ? "val" : "test", i.ToString(), "BART", i % 2, "doc" + i, "sum")).ToList();
        var scores = rows.Select(r => r.Label + random.NextDouble() * 1.5).ToList();

        var ours = CliffEvaluation.Evaluate(rows, new Dictionary<string, IReadOnlyList<double>> { ["ours"] = scores }).Single(r => r.Metric == "ours");

        Assert.NotNull(ours.TestLow);
        Assert.InRange(ours.Test!.Value, ours.TestLow!.Value, ours.TestHigh!.Value);
        Assert.True(ours.TestHigh - ours.TestLow > 0.05, "80 summaries cannot pin balanced accuracy down to a few points");
    }
}
