using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// K-fold cross-validation of the grid search itself: the tuning rows are dealt into folds (each dataset spread evenly),
/// the setting with the best worst margin on the other folds is chosen, and it is scored on the fold it never saw.
/// The held-out margin is what picking the dev winner can be expected to gain on new articles; the gap to the winner's
/// own dev margin is how much the search overfits 150 articles. Several dealings (fixed seeds) smooth the luck of one.
/// </summary>
public static class TuningCrossValidation
{
    /// <summary>Cross-validates <paramref name="run"/>: <paramref name="folds"/> folds, dealt <paramref name="repeats"/> times.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds, fewer rows than folds, or no repeat.</exception>
    public static CrossValidatedTuning Run(TuningRun run, int folds = 5, int repeats = 10)
    {
        int n = run.Datasets.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folds, n);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        if (run.Results.Count == 0) throw new ArgumentException("no settings to cross-validate", nameof(run));
        // Each row's held-out scores, one per dealing (every row is held out once per dealing).
        var heldOut = Enumerable.Range(0, n).Select(_ => new List<TuningScore>(repeats)).ToArray();
        var chosen = new Dictionary<TuningResult, int>(ReferenceEqualityComparer.Instance);
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            var fold = Deal(run.Datasets, folds, new Random(repeat + 1));
            for (int k = 0; k < folds; k++)
            {
                var train = Enumerable.Range(0, n).Where(i => fold[i] != k).ToList();
                var best = run.Results.MaxBy(r => run.WorstMargin(r.Rows, train))!;
                chosen[best] = chosen.GetValueOrDefault(best) + 1;
                for (int i = 0; i < n; i++)
                    if (fold[i] == k) heldOut[i].Add(best.Rows[i]);
            }
        }
        var mean = heldOut.Select(TuningScore.Mean).ToList();
        var all = Enumerable.Range(0, n).ToList();
        return new CrossValidatedTuning(
            run.Margins(mean, all),
            run.WorstMargin(mean, all),
            [.. chosen.OrderByDescending(c => c.Value).Select(c => (c.Key.Options, c.Value))],
            folds,
            repeats,
            mean);
    }

    // Within each dataset the rows are shuffled and dealt round the folds, so every fold holds both datasets.
    private static int[] Deal(IReadOnlyList<string> datasets, int folds, Random random)
    {
        var fold = new int[datasets.Count];
        foreach (var group in Enumerable.Range(0, datasets.Count).GroupBy(i => datasets[i], StringComparer.Ordinal))
        {
            var shuffled = group.ToArray();
            random.Shuffle(shuffled);
            for (int j = 0; j < shuffled.Length; j++) fold[shuffled[j]] = j % folds;
        }
        return fold;
    }
}
