using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Evaluation.Tests.Consistency;

public class ThresholdRuleCheckTests
{
    [Fact]
    public void Scores_that_separate_the_classes_transfer_perfectly_under_both_rules_and_only_cliff_rows_count()
    {
        // 40 articles with one summary each; consistent ones score above .5, inconsistent ones below.
        var rows = Enumerable.Range(0, 40)
            .Select(i => new TrainingRow([], i % 3 == 0 ? 0 : 1, "cliff-xsum", "m", "article" + i))
            .Append(new TrainingRow([], 0.5, "frank-cnndm", "m", "frank"))
            .ToList();
        double[] scores = [.. rows.Select((r, i) => r.Target == 1 ? 0.6 + i / 100.0 : 0.1 + i / 100.0)];

        var figures = ThresholdRuleCheck.Run(rows, [scores]);

        var xsum = Assert.Single(figures);
        Assert.Equal("cliff-xsum", xsum.Source);
        Assert.Equal(1, xsum.Maximising, 6);
        Assert.Equal(1, xsum.Centred, 6);
        Assert.Equal(0, xsum.DifferenceError, 6);
    }
}
