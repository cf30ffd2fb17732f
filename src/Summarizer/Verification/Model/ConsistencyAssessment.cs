using Summarizer.Summaries;

namespace Summarizer.Verification.Model;

/// <summary>A verdict with the features its score was computed from (what the retraining command fits on).</summary>
public sealed record ConsistencyAssessment(Verdict Verdict, ConsistencyFeatures Features);
