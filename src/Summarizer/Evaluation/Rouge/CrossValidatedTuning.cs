using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// What cross-validating a grid search found: the held-out mean margin over LEAD-3 per dataset (ROUGE-1, -2, -Lsum),
/// its worst, how often each setting won a fold (out of folds × repeats), and each tuning row's held-out scores
/// (averaged over the dealings, in the order of <see cref="TuningRun.ReferenceRows"/>), so two searches over different grids
/// can be compared row by row.
/// </summary>
public sealed record CrossValidatedTuning(
    IReadOnlyDictionary<string, TuningScore> HeldOutMargins,
    double WorstMargin,
    IReadOnlyList<(ExtractiveOptions Options, int Folds)> Chosen,
    int Folds,
    int Repeats,
    IReadOnlyList<TuningScore> HeldOutRows)
{
    /// <summary>Per dataset, the standard error of <see cref="HeldOutMargins"/> (the rows' margins' standard deviation over √n).</summary>
    public IReadOnlyDictionary<string, TuningScore> StandardErrors { get; init; } = new Dictionary<string, TuningScore>();
}
