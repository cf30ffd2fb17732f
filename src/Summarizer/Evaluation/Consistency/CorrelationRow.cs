namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Partial correlation of one metric with human factuality on one split and dataset ("all" for every dataset), with the
/// 95% bootstrap interval of the Pearson figure over articles when measured (<see cref="Intervals.CorrelationIntervals"/>).
/// </summary>
public sealed record CorrelationRow(
    string Split, string Dataset, string Metric, int N, double Pearson, double Spearman, double? PearsonLow = null, double? PearsonHigh = null);
