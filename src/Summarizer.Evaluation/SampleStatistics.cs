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
}
