namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// A grid search on the tuning rows: every setting's scores (best first, by worst margin over LEAD-3), with the dataset
/// and LEAD-3's score of each row, so the search can be cross-validated without running the engine again.
/// </summary>
public sealed record TuningRun(
    IReadOnlyList<string> Datasets,
    IReadOnlyList<TuningScore> Lead3,
    IReadOnlyList<TuningResult> Results)
{
    /// <summary>Sentences embedded for the settings that mix in embedding similarity (0 when none does), and the time it took.</summary>
    public (int Sentences, int Articles, TimeSpan Elapsed) Embedding { get; init; }

    /// <summary>
    /// The worst mean margin over LEAD-3 (ROUGE-1, -2 or -Lsum, on any dataset present) of <paramref name="engine"/>'s
    /// per-row scores, over the rows listed in <paramref name="rows"/> only.
    /// </summary>
    public double WorstMargin(IReadOnlyList<TuningScore> engine, IEnumerable<int> rows) =>
        Margins(engine, rows).Values.Select(m => m.Min).DefaultIfEmpty(double.NegativeInfinity).Min();

    /// <summary>Per dataset, the mean margin over LEAD-3 of <paramref name="engine"/>'s per-row scores over <paramref name="rows"/>.</summary>
    public IReadOnlyDictionary<string, TuningScore> Margins(IReadOnlyList<TuningScore> engine, IEnumerable<int> rows) =>
        rows.GroupBy(i => Datasets[i], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TuningScore.Mean(g.Select(i => engine[i].Minus(Lead3[i]))), StringComparer.Ordinal);
}
