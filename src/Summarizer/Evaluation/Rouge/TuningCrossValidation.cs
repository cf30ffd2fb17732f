using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// K-fold cross-validation of the grid search itself: the tuning rows are dealt into folds (each dataset spread evenly),
/// the setting with the best worst margin on the other folds is chosen, and it is scored on the fold it never saw.
/// The held-out margin is what picking the dev winner can be expected to gain on new articles; the gap to the winner's
/// own dev margin is how much the search overfits 150 articles. Several dealings (fixed seeds) smooth the luck of one.
/// Training-only rows (<see cref="TuningRun.TrainingOnly"/>, pseudo-references) are dealt into no fold: they join every
/// fold's training side, weighted by <see cref="TuningRun.TrainingOnlyWeight"/>, and are never held out, so the held-out
/// margin is always measured on true references.
/// </summary>
public static class TuningCrossValidation
{
    /// <summary>Cross-validates <paramref name="run"/>: <paramref name="folds"/> folds, dealt <paramref name="repeats"/> times.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds, fewer rows than folds, or no repeat.</exception>
    public static CrossValidatedTuning Run(TuningRun run, int folds = 5, int repeats = 10)
    {
        int n = run.Datasets.Count;
        var reference = run.ReferenceRows;
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folds, reference.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        if (run.Results.Count == 0) throw new ArgumentException("no settings to cross-validate", nameof(run));
        // Each row's held-out scores, one per dealing (every row is held out once per dealing).
        var heldOut = Enumerable.Range(0, n).Select(_ => new List<TuningScore>(repeats)).ToArray();
        var chosen = new Dictionary<TuningResult, int>(ReferenceEqualityComparer.Instance);
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            var fold = Deal(run.Datasets, reference, folds, new Random(repeat + 1));
            for (int k = 0; k < folds; k++)
            {
                var train = Enumerable.Range(0, n).Where(i => fold[i] != k).ToList();
                var best = run.Results.MaxBy(r => run.WorstMargin(r.Rows, train))!;
                chosen[best] = chosen.GetValueOrDefault(best) + 1;
                for (int i = 0; i < n; i++)
                    if (fold[i] == k) heldOut[i].Add(best.Rows[i]);
            }
        }
        var mean = new TuningScore[n];
        foreach (int i in reference) mean[i] = TuningScore.Mean(heldOut[i]);
        var heldOutRows = reference.Select(i => mean[i]).ToList();
        return new CrossValidatedTuning(
            run.Margins(mean, reference),
            run.WorstMargin(mean, reference),
            [.. chosen.OrderByDescending(c => c.Value).Select(c => (c.Key.Options, c.Value))],
            folds,
            repeats,
            heldOutRows)
        {
            StandardErrors = PairedDifference.Of([.. reference.Select(i => run.Datasets[i])], heldOutRows, [.. reference.Select(i => run.Lead3[i])])
                .ToDictionary(d => d.Key, d => d.Value.StandardError, StringComparer.Ordinal),
        };
    }

    /// <summary>Fold of a training-only row: no fold, so every fold trains on it and none holds it out.</summary>
    public const int NoFold = -1;

    /// <summary>
    /// Deals the rows listed in <paramref name="dealt"/> round <paramref name="folds"/> folds, shuffled within each dataset
    /// so every fold holds every dataset; every other row gets <see cref="NoFold"/>.
    /// </summary>
    public static int[] Deal(IReadOnlyList<string> datasets, IReadOnlyList<int> dealt, int folds, Random random)
    {
        var fold = new int[datasets.Count];
        Array.Fill(fold, NoFold);
        foreach (var group in dealt.GroupBy(i => datasets[i], StringComparer.Ordinal))
        {
            var shuffled = group.ToArray();
            random.Shuffle(shuffled);
            for (int j = 0; j < shuffled.Length; j++) fold[shuffled[j]] = j % folds;
        }
        return fold;
    }
}
