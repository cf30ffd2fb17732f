using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>One setting's scores per dataset, LEAD-3's beside them, and its worst margin over LEAD-3.</summary>
public sealed record TuningResult(
    ExtractiveOptions Options,
    IReadOnlyDictionary<string, TuningScore> Engine,
    IReadOnlyDictionary<string, TuningScore> Lead3,
    double WorstMargin);
