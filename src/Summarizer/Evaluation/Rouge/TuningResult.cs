using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// One setting's scores per dataset, LEAD-3's beside them, its worst margin over LEAD-3, and its score on every tuning
/// row (in the order of <see cref="TuningRun.Datasets"/>), which cross-validation deals into folds.
/// </summary>
public sealed record TuningResult(
    ExtractiveOptions Options,
    IReadOnlyDictionary<string, TuningScore> Engine,
    IReadOnlyDictionary<string, TuningScore> Lead3,
    double WorstMargin,
    IReadOnlyList<TuningScore> Rows);
