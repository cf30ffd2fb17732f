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

    [Fact] // By hand, numpy's default ("linear") percentile: position q·(n−1), interpolated.
    public void Percentile_InterpolatesLinearly()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(2.5, SampleStatistics.Percentile(sorted, 0.5), 12);
        Assert.Equal(1.075, SampleStatistics.Percentile(sorted, 0.025), 12);
        Assert.Equal(3.925, SampleStatistics.Percentile(sorted, 0.975), 12);
        Assert.Equal(4, SampleStatistics.Percentile(sorted, 1), 12);
    }

    [Fact]
    public void The_interval_cuts_equal_tails_off_both_ends()
    {
        double[] sorted = [.. Enumerable.Range(0, 101).Select(i => (double)i)];
        var (low, high) = SampleStatistics.Interval(sorted, 0.9);
        Assert.Equal(5, low, 9);
        Assert.Equal(95, high, 9);
    }
}
