namespace Summarizer.Evaluation.Rouge;

/// <summary>Mean ROUGE-1, -2 and -Lsum F1 × 100 of one system on one dataset's tuning rows.</summary>
public sealed record TuningScore(double Rouge1, double Rouge2, double RougeLsum);
