namespace Summarizer.Evaluation.Consistency.Intervals;

/// <summary>
/// How far FRANK's correlations can be trusted: 95% bootstrap intervals of each metric's partial Pearson, and of the
/// difference between our metric and each peer, from one set of resamples of the articles
/// (<see cref="ArticleResampler"/>) per split and dataset.
/// </summary>
public static class CorrelationIntervals
{
    /// <summary>Every row given its interval, and our metric compared with every other metric, cell by cell.</summary>
    /// <param name="pairs">The judged summaries.</param>
    /// <param name="scores">Each metric's score per pair (NaN where it has none), same order as <paramref name="pairs"/>.</param>
    /// <param name="rows">The point figures (<see cref="FrankEvaluation"/>).</param>
    /// <param name="ours">The metric compared with the others.</param>
    /// <param name="resamples">How many bootstrap resamples.</param>
    public static (List<CorrelationRow> Rows, List<CorrelationComparison> Comparisons) Add(
        IReadOnlyList<FrankPair> pairs, IReadOnlyDictionary<string, double[]> scores, IReadOnlyList<CorrelationRow> rows, string ours,
        int resamples = ArticleResampler.DefaultResamples)
    {
        var groupIds = pairs.Select(p => p.Model).Distinct(StringComparer.Ordinal).Select((m, k) => (m, k)).ToDictionary(p => p.m, p => p.k, StringComparer.Ordinal);
        var group = pairs.Select(p => groupIds[p.Model]).ToArray();
        var human = pairs.Select(p => p.Factuality).ToArray();
        var withIntervals = new List<CorrelationRow>();
        var comparisons = new List<CorrelationComparison>();
        foreach (var cell in rows.GroupBy(r => (r.Split, r.Dataset)))
        {
            var indexes = Enumerable.Range(0, pairs.Count)
                .Where(i => pairs[i].Split == cell.Key.Split && (cell.Key.Dataset == FrankEvaluation.AllDatasets || pairs[i].Dataset == cell.Key.Dataset)).ToList();
            var metrics = cell.Select(r => r.Metric).ToList();
            var others = scores.ContainsKey(ours) ? metrics.Where(m => m != ours).ToList() : [];
            var alone = metrics.ToDictionary(m => m, _ => new List<double>(resamples));
            var differences = others.ToDictionary(m => m, _ => new List<double>(resamples));
            // Where both metrics scored every summary of the cell, their figures alone are already on the same rows.
            bool Complete(string m) => indexes.All(i => !double.IsNaN(scores[m][i]));
            var partial = others.Where(m => !Complete(m) || !Complete(ours) || !alone.ContainsKey(ours)).ToHashSet(StringComparer.Ordinal);
            foreach (var resample in ArticleResampler.Resamples(indexes, i => pairs[i].ArticleId, resamples))
            {
                foreach (var m in metrics) alone[m].Add(PartialCorrelation.PearsonOver(resample, scores[m], human, group, groupIds.Count));
                foreach (var m in others)
                    differences[m].Add(partial.Contains(m)
                        ? PartialCorrelation.PearsonOver(resample, scores[ours], human, group, groupIds.Count, also: scores[m])
                            - PartialCorrelation.PearsonOver(resample, scores[m], human, group, groupIds.Count, also: scores[ours])
                        : alone[ours][^1] - alone[m][^1]);
            }
            foreach (var row in cell)
                withIntervals.Add(ArticleResampler.Interval(alone[row.Metric]) is { } interval ? row with { PearsonLow = interval.Low, PearsonHigh = interval.High } : row);
            foreach (var m in others)
            {
                var both = indexes.Where(i => !double.IsNaN(scores[ours][i]) && !double.IsNaN(scores[m][i])).ToList();
                double difference = PartialCorrelation.PearsonOver(both, scores[ours], human, group, groupIds.Count)
                    - PartialCorrelation.PearsonOver(both, scores[m], human, group, groupIds.Count);
                if (ArticleResampler.Interval(differences[m]) is not { } interval || double.IsNaN(difference)) continue;
                double above = differences[m].Count(d => d > 0) / (double)differences[m].Count;
                comparisons.Add(new CorrelationComparison(cell.Key.Split, cell.Key.Dataset, ours, m, both.Count, difference, interval.Low, interval.High, above));
            }
        }
        return (withIntervals, comparisons);
    }
}
