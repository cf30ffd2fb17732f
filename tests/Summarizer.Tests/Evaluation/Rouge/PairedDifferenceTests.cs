using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public class PairedDifferenceTests
{
    [Fact]
    public void Each_dataset_gets_the_mean_row_difference_and_its_standard_error()
    {
        TuningScore S(double v) => new(v, 2 * v, v);
        var result = PairedDifference.Of(["a", "a", "a", "b", "b"], [S(3), S(5), S(7), S(1), S(1)], [S(1), S(2), S(3), S(1), S(1)]);

        // Differences 2, 3, 4: mean 3, standard deviation 1, standard error 1/√3; twice that on ROUGE-2.
        Assert.Equal(3, result["a"].Mean.Rouge1, 12);
        Assert.Equal(6, result["a"].Mean.Rouge2, 12);
        Assert.Equal(1 / Math.Sqrt(3), result["a"].StandardError.Rouge1, 12);
        Assert.Equal(2 / Math.Sqrt(3), result["a"].StandardError.Rouge2, 12);
        Assert.Equal(0, result["b"].StandardError.RougeLsum, 12);
        Assert.Throws<ArgumentException>(() => PairedDifference.Of(["a"], [S(1)], []));
    }
}
