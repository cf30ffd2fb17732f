namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// One metric on one origin of a labelled set: the threshold chosen on val, balanced accuracy there and on test.
/// Published peers carry only their test figure (threshold and val null).
/// </summary>
public sealed record BalancedAccuracyRow(string Origin, string Metric, double? Threshold, double? Val, double? Test);
