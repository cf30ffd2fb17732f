namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Partial correlations of every metric (ours and each peer in the file) with human factuality, per split and per
/// dataset plus "all". A row without a metric's score is left out of that metric's figures only.
/// </summary>
public static class FrankEvaluation
{
    public const string AllDatasets = "all";

    /// <summary>The point figures of every metric in <paramref name="scores"/> (<see cref="Scores"/>).</summary>
    public static List<CorrelationRow> Evaluate(IReadOnlyList<FrankPair> pairs, IReadOnlyDictionary<string, double[]> scores)
    {
        var rows = new List<CorrelationRow>();
        foreach (var split in pairs.Select(p => p.Split).Distinct().Order(StringComparer.Ordinal))
        {
            var datasets = new[] { AllDatasets }.Concat(pairs.Select(p => p.Dataset).Distinct().Order(StringComparer.Ordinal));
            foreach (var dataset in datasets)
            {
                var indexes = Enumerable.Range(0, pairs.Count)
                    .Where(i => pairs[i].Split == split && (dataset == AllDatasets || pairs[i].Dataset == dataset)).ToList();
                foreach (var (name, score) in scores)
                {
                    var kept = indexes.Where(i => double.IsFinite(score[i])).ToList();
                    if (kept.Count < 3) continue;
                    var (pearson, spearman) = PartialCorrelation.Compute(
                        kept.Select(i => score[i]).ToList(), kept.Select(i => pairs[i].Factuality).ToList(), kept.Select(i => pairs[i].Model).ToList());
                    rows.Add(new CorrelationRow(split, dataset, name, kept.Count, pearson, spearman));
                }
            }
        }
        return rows;
    }

    /// <summary>Every metric's score per pair, ours first and then each peer in the file; NaN where a metric gave none.</summary>
    /// <param name="pairs">The judged summaries.</param>
    /// <param name="ours">Our metrics by name, each a score per pair (same order as <paramref name="pairs"/>).</param>
    public static Dictionary<string, double[]> Scores(IReadOnlyList<FrankPair> pairs, IReadOnlyDictionary<string, IReadOnlyList<double>> ours)
    {
        var scores = ours.ToDictionary(o => o.Key, o => o.Value.ToArray(), StringComparer.Ordinal);
        foreach (var name in pairs.SelectMany(p => p.Peers.Keys).Distinct().Where(n => !scores.ContainsKey(n)))
            scores[name] = pairs.Select(p => p.Peers.GetValueOrDefault(name) is { } v && double.IsFinite(v) ? v : double.NaN).ToArray();
        return scores;
    }
}
