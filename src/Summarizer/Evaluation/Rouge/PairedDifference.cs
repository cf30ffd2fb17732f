namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// The mean per-row difference of two systems' scores on the same rows, per dataset, with its standard error (the
/// differences' sample standard deviation over √n): a paired comparison, so the articles' own difficulty, which both
/// systems share, does not count as noise.
/// </summary>
public static class PairedDifference
{
    /// <summary>Per dataset, the mean of <paramref name="a"/> − <paramref name="b"/> row by row and its standard error.</summary>
    /// <exception cref="ArgumentException">The three lists are not of one length.</exception>
    public static IReadOnlyDictionary<string, (TuningScore Mean, TuningScore StandardError)> Of(
        IReadOnlyList<string> datasets, IReadOnlyList<TuningScore> a, IReadOnlyList<TuningScore> b)
    {
        if (a.Count != datasets.Count || b.Count != datasets.Count) throw new ArgumentException("one dataset and two scores per row");
        return Enumerable.Range(0, datasets.Count).GroupBy(i => datasets[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var differences = g.Select(i => a[i].Minus(b[i])).ToList();
            return (TuningScore.Mean(differences), new TuningScore(
                StandardError(differences.Select(d => d.Rouge1)), StandardError(differences.Select(d => d.Rouge2)), StandardError(differences.Select(d => d.RougeLsum))));
        }, StringComparer.Ordinal);
    }

    private static double StandardError(IEnumerable<double> values)
    {
        var list = values.ToList();
        return SampleStatistics.StandardDeviation(list) / Math.Sqrt(list.Count);
    }
}
