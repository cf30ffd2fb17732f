using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// What cross-validating a grid search found: the held-out mean margin over LEAD-3 per dataset (ROUGE-1, -2, -Lsum),
/// its worst, and how often each setting won a fold (out of folds × repeats).
/// </summary>
public sealed record CrossValidatedTuning(
    IReadOnlyDictionary<string, TuningScore> HeldOutMargins,
    double WorstMargin,
    IReadOnlyList<(ExtractiveOptions Options, int Folds)> Chosen,
    int Folds,
    int Repeats);
