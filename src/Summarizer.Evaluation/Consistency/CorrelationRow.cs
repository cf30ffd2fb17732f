namespace Summarizer.Evaluation.Consistency;

/// <summary>Partial correlation of one metric with human factuality on one split and dataset ("all" for every dataset).</summary>
public sealed record CorrelationRow(string Split, string Dataset, string Metric, int N, double Pearson, double Spearman);
