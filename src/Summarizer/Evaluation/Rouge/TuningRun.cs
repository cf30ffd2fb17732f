namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// A grid search on the tuning rows: every setting's scores (best first, by worst margin over LEAD-3), with the dataset
/// and LEAD-3's score of each row, so the search can be cross-validated without running the engine again. Rows marked
/// <see cref="TrainingOnly"/> (pseudo-reference documents) come after the others: they may help choose a setting but
/// are never held out or reported.
/// </summary>
public sealed record TuningRun(
    IReadOnlyList<string> Datasets,
    IReadOnlyList<TuningScore> Lead3,
    IReadOnlyList<TuningResult> Results)
{
    /// <summary>Sentences embedded for the settings that mix in embedding similarity (0 when none does), and the time it took.</summary>
    public (int Sentences, int Articles, TimeSpan Elapsed) Embedding { get; init; }

    /// <summary>Per row, whether it may only be trained on (a pseudo-reference document); rows past the list's end may be held out.</summary>
    public IReadOnlyList<bool> TrainingOnly { get; init; } = [];

    /// <summary>The weight of a training-only row against a row with true references in the search's objective.</summary>
    public double TrainingOnlyWeight { get; init; } = 1;

    /// <summary>Whether row <paramref name="row"/> may only be trained on.</summary>
    public bool IsTrainingOnly(int row) => row < TrainingOnly.Count && TrainingOnly[row];

    /// <summary>The rows with true references, the only ones cross-validation holds out and reports.</summary>
    public IReadOnlyList<int> ReferenceRows => [.. Enumerable.Range(0, Datasets.Count).Where(i => !IsTrainingOnly(i))];

    /// <summary>
    /// The worst mean margin over LEAD-3 (ROUGE-1, -2 or -Lsum, on any dataset present) of <paramref name="engine"/>'s
    /// per-row scores, over the rows listed in <paramref name="rows"/> only, training-only rows weighted by
    /// <see cref="TrainingOnlyWeight"/>.
    /// </summary>
    public double WorstMargin(IReadOnlyList<TuningScore> engine, IEnumerable<int> rows) =>
        Margins(engine, rows).Values.Select(m => m.Min).DefaultIfEmpty(double.NegativeInfinity).Min();

    /// <summary>Per dataset, the weighted mean margin over LEAD-3 of <paramref name="engine"/>'s per-row scores over <paramref name="rows"/>.</summary>
    public IReadOnlyDictionary<string, TuningScore> Margins(IReadOnlyList<TuningScore> engine, IEnumerable<int> rows) =>
        rows.Select(i => (Row: i, Weight: IsTrainingOnly(i) ? TrainingOnlyWeight : 1))
            .Where(r => r.Weight > 0)
            .GroupBy(r => Datasets[r.Row], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TuningScore.WeightedMean(g.Select(r => (engine[r.Row].Minus(Lead3[r.Row]), r.Weight))), StringComparer.Ordinal);
}
