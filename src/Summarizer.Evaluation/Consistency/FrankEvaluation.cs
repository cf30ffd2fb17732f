namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Partial correlations of every metric (ours and each peer in the file) with human factuality, per split and per
/// dataset plus "all". A row without a metric's score is left out of that metric's figures only.
/// </summary>
public static class FrankEvaluation
{
    public const string AllDatasets = "all";

    /// <param name="pairs">The judged summaries.</param>
    /// <param name="ours">Our metrics by name, each a score per pair (same order as <paramref name="pairs"/>).</param>
    public static List<CorrelationRow> Evaluate(IReadOnlyList<FrankPair> pairs, IReadOnlyDictionary<string, IReadOnlyList<double>> ours)
    {
        var peerNames = pairs.SelectMany(p => p.Peers.Keys).Distinct().ToList();
        var metrics = ours.Select(o => (o.Key, Score: (Func<int, double?>)(i => o.Value[i])))
            .Concat(peerNames.Select(name => (Key: name, Score: (Func<int, double?>)(i => pairs[i].Peers.GetValueOrDefault(name)))))
            .ToList();
        var rows = new List<CorrelationRow>();
        foreach (var split in pairs.Select(p => p.Split).Distinct().Order(StringComparer.Ordinal))
        {
            var datasets = new[] { AllDatasets }.Concat(pairs.Select(p => p.Dataset).Distinct().Order(StringComparer.Ordinal));
            foreach (var dataset in datasets)
            {
                var indexes = Enumerable.Range(0, pairs.Count)
                    .Where(i => pairs[i].Split == split && (dataset == AllDatasets || pairs[i].Dataset == dataset)).ToList();
                foreach (var (name, score) in metrics)
                {
                    var kept = indexes.Where(i => score(i) is { } v && double.IsFinite(v)).ToList();
                    if (kept.Count < 3) continue;
                    var (pearson, spearman) = PartialCorrelation.Compute(
                        kept.Select(i => score(i)!.Value).ToList(), kept.Select(i => pairs[i].Factuality).ToList(), kept.Select(i => pairs[i].Model).ToList());
                    rows.Add(new CorrelationRow(split, dataset, name, kept.Count, pearson, spearman));
                }
            }
        }
        return rows;
    }
}
