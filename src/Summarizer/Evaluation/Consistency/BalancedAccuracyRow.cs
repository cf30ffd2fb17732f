namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// One metric on one origin of a labelled set: the threshold chosen on val, balanced accuracy there and on test, and
/// the 95% bootstrap interval of the test figure over test articles at that threshold (the threshold's own variation
/// from one val sample to another is not in it). Published peers carry only their test figure.
/// </summary>
public sealed record BalancedAccuracyRow(
    string Origin, string Metric, double? Threshold, double? Val, double? Test, double? TestLow = null, double? TestHigh = null);
