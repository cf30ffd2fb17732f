namespace Summarizer.Evaluation;

/// <summary>Spread of a sample, as the evaluation's standard errors need it.</summary>
public static class SampleStatistics
{
    /// <summary>The sample standard deviation (n − 1 in the denominator); NaN for fewer than two values.</summary>
    public static double StandardDeviation(IReadOnlyCollection<double> values)
    {
        if (values.Count < 2) return double.NaN;
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>Linear-interpolation percentile of sorted data (numpy's default method); <paramref name="q"/> in [0, 1].</summary>
    public static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 1) return sorted[0];
        double position = q * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    /// <summary>The central <paramref name="confidence"/> interval of <paramref name="sorted"/> by percentiles.</summary>
    public static (double Low, double High) Interval(double[] sorted, double confidence)
    {
        double tail = (1 - confidence) / 2;
        return (Percentile(sorted, tail), Percentile(sorted, 1 - tail));
    }
}
