namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Balanced accuracy per origin of each of our metrics (threshold from val by
/// <see cref="BalancedAccuracy.ChooseCentredThreshold"/>, figure on test; val is the figure at that threshold), then
/// the published peers. The test figure carries a 95% bootstrap interval over test articles (<see cref="ArticleResampler"/>).
/// </summary>
public static class CliffEvaluation
{
    public const string Val = "val";
    public const string Test = "test";

    public static List<BalancedAccuracyRow> Evaluate(IReadOnlyList<CliffRow> rows, IReadOnlyDictionary<string, IReadOnlyList<double>> ours)
    {
        var result = new List<BalancedAccuracyRow>();
        foreach (var origin in rows.Select(r => r.Origin).Distinct().Order(StringComparer.Ordinal))
        {
            var val = Enumerable.Range(0, rows.Count).Where(i => rows[i].Origin == origin && rows[i].Cut == Val).ToList();
            var test = Enumerable.Range(0, rows.Count).Where(i => rows[i].Origin == origin && rows[i].Cut == Test).ToList();
            foreach (var (metric, scores) in ours)
            {
                if (val.Count == 0) continue;
                var (threshold, valAccuracy) = BalancedAccuracy.ChooseCentredThreshold(val.Select(i => scores[i]).ToList(), val.Select(i => rows[i].Label).ToList());
                double? testAccuracy = test.Count == 0 ? null : Accuracy(test, rows, scores, threshold);
                var interval = ArticleResampler.Interval(
                    ArticleResampler.Resamples(test, i => rows[i].Document).Select(resample => Accuracy(resample, rows, scores, threshold)));
                result.Add(new BalancedAccuracyRow(origin, metric, threshold, valAccuracy, testAccuracy, interval?.Low, interval?.High));
            }
            foreach (var peer in PublishedCliffPeers.Figures.Where(p => p.Origin == origin))
                result.Add(new BalancedAccuracyRow(origin, peer.Metric + " (published)", null, null, peer.Test));
        }
        return result;
    }

    private static double Accuracy(IReadOnlyList<int> indexes, IReadOnlyList<CliffRow> rows, IReadOnlyList<double> scores, double threshold) =>
        BalancedAccuracy.Of(indexes.Select(i => scores[i]).ToList(), indexes.Select(i => rows[i].Label).ToList(), threshold);
}
