namespace Summarizer.Evaluation.Rouge;

/// <summary>A sample mean with the low and high ends of its bootstrap confidence interval.</summary>
/// <param name="Mean">The mean over the actual samples.</param>
/// <param name="Low">Lower percentile of the bootstrap distribution of the mean (2.5th for a 95% interval).</param>
/// <param name="High">Upper percentile of the bootstrap distribution of the mean (97.5th for a 95% interval).</param>
public readonly record struct MeanWithInterval(double Mean, double Low, double High)
{
    /// <summary>Formats as <c>mean [low, high]</c> with two decimals, invariant culture.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean:F2} [{Low:F2}, {High:F2}]");
}
