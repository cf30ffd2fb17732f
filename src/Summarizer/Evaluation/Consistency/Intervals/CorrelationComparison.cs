namespace Summarizer.Evaluation.Consistency.Intervals;

/// <summary>
/// One of our metrics against a peer on the same summaries (those both scored): the difference of their partial
/// Pearson correlations, its 95% bootstrap interval over articles, and the share of resamples in which ours is higher.
/// An interval that straddles zero says the benchmark cannot tell the two apart.
/// </summary>
public sealed record CorrelationComparison(
    string Split, string Dataset, string Metric, string Against, int N, double Difference, double Low, double High, double ShareAbove);
