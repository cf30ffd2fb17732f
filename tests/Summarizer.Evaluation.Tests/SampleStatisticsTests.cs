namespace Summarizer.Evaluation.Tests;

public class SampleStatisticsTests
{
    [Fact]
    public void The_standard_deviation_divides_by_n_minus_one_and_needs_two_values()
    {
        // Squared deviations from the mean 5 sum to 32 over 8 values.
        Assert.Equal(Math.Sqrt(32.0 / 7), SampleStatistics.StandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 12);
        Assert.True(double.IsNaN(SampleStatistics.StandardDeviation([3])));
    }
}
