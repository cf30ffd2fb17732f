namespace Summarizer.Evaluation;

/// <summary>
/// Bootstrap resamples of benchmark rows by article: each resample draws as many articles as there are, with
/// replacement, and takes all the rows (summaries) of each article drawn. Several summaries of one article share its
/// difficulty, so resampling them one by one would understate the spread. A fixed seed gives the same resamples on
/// every run, and every metric is measured on the same ones, so differences between metrics are paired.
/// </summary>
public static class ArticleResampler
{
    /// <summary>How many resamples the evaluation's intervals rest on.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>The share of the distribution an interval covers.</summary>
    public const double Confidence = 0.95;

    /// <summary>Resamples of <paramref name="rows"/> (indexes into the caller's list), grouped by <paramref name="articleOf"/>.</summary>
    public static IEnumerable<int[]> Resamples(IReadOnlyList<int> rows, Func<int, string> articleOf, int count = DefaultResamples, int seed = 2021)
    {
        var articles = rows.GroupBy(articleOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        if (articles.Length == 0) yield break;
        var random = new Random(seed);
        for (int r = 0; r < count; r++)
        {
            var drawn = new List<int>(rows.Count + 8);
            for (int a = 0; a < articles.Length; a++) drawn.AddRange(articles[random.Next(articles.Length)]);
            yield return [.. drawn];
        }
    }

    /// <summary>The <see cref="Confidence"/> percentile interval of <paramref name="values"/> (NaNs left out); null when none is finite.</summary>
    public static (double Low, double High)? Interval(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return null;
        return SampleStatistics.Interval(sorted, Confidence);
    }
}
