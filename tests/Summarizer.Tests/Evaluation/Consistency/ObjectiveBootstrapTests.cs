using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Evaluation.Tests.Consistency;

public class ObjectiveBootstrapTests
{
    // 60 CLIFF rows of each origin and 60 FRANK rows, one per article, two summarisers; scores noisy around the label.
    private static List<TrainingRow> Rows() =>
    [
        .. Enumerable.Range(0, 180).Select(i => new TrainingRow([], i % 3 == 0 ? 0 : 1,
            i < 60 ? "cliff-cnndm" : i < 120 ? "cliff-xsum" : "frank-cnndm",
            i % 2 == 0 ? "a" : "b", "article" + i)),
    ];

    private static double[] Noisy(IReadOnlyList<TrainingRow> rows, int seed, double noise)
    {
        var random = new Random(seed);
        return [.. rows.Select(r => r.Target + noise * (random.NextDouble() - 0.5))];
    }

    [Fact]
    public void The_same_predictions_differ_by_nothing_and_noisy_ones_have_an_error()
    {
        var rows = Rows();
        var a = Noisy(rows, 1, 2.5);

        Assert.Equal(0, ObjectiveBootstrap.DifferenceError(rows, [a], [a]), 9);
        Assert.True(ObjectiveBootstrap.Error(rows, [a]) > 0.01);
    }

    [Fact]
    public void Predictions_that_separate_perfectly_have_no_error()
    {
        var rows = Rows();
        double[] perfect = [.. rows.Select(r => r.Target)];

        Assert.Equal(0, ObjectiveBootstrap.Error(rows, [perfect]), 9);
    }
}
