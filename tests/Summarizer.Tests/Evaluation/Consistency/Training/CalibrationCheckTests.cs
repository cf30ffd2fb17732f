using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Evaluation.Tests.Consistency.Training;

public class CalibrationCheckTests
{
    // 300 CLIFF-style rows, one per article, whose scores say the right thing too timidly (all between .4 and .6).
    private static (List<TrainingRow> Rows, double[] Scores) Timid()
    {
        var random = new Random(5);
        var rows = new List<TrainingRow>();
        var scores = new List<double>();
        for (int i = 0; i < 300; i++)
        {
            double z = random.NextDouble() * 6 - 3;
            int label = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
            rows.Add(new TrainingRow([], label, i % 2 == 0 ? "cliff-cnndm" : "cliff-xsum", "m", "article" + i));
            scores.Add(1 / (1 + Math.Exp(-z / 10)));
        }
        return (rows, [.. scores]);
    }

    [Fact]
    public void Timid_scores_are_stretched_and_held_out_probabilities_improve()
    {
        var (rows, scores) = Timid();

        var check = CalibrationCheck.Run(rows, [scores]);

        Assert.True(check.Helps);
        Assert.True(check.CalibratedLogLoss < check.LogLoss - 0.05);
        Assert.InRange(check.Scaling.Slope, 5, 20);
    }

    [Fact]
    public void Each_fold_s_scaling_is_monotone_so_balanced_accuracy_barely_moves()
    {
        var (rows, scores) = Timid();

        var check = CalibrationCheck.Run(rows, [scores]);
        var before = TrainingFigures.Of(rows, scores);

        // Each fold has its own scaling, so rows of different folds may swap places, but only where their scores are close.
        Assert.InRange(check.Calibrated.CliffCnndm - before.CliffCnndm, -0.03, 0.03);
        Assert.InRange(check.Calibrated.CliffXsum - before.CliffXsum, -0.03, 0.03);
    }
}
