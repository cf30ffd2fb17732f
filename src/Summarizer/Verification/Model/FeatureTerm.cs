namespace Summarizer.Verification.Model;

/// <summary>
/// A score-model term: one feature (<see cref="Second"/> −1) or the product of two, by index into
/// <see cref="ConsistencyFeatures.Names"/>; named "a" or "a*b".
/// </summary>
public readonly record struct FeatureTerm(int First, int Second)
{
    public static FeatureTerm Of(string name) => name.Split('*') switch
    {
        [var one] => new FeatureTerm(ConsistencyFeatures.IndexOf(one), -1),
        [var a, var b] => new FeatureTerm(ConsistencyFeatures.IndexOf(a), ConsistencyFeatures.IndexOf(b)),
        _ => throw new ArgumentException($"no feature named {name}", nameof(name)),
    };

    /// <summary>The term's value; NaN when a feature it uses was not measured.</summary>
    public double ValueIn(IReadOnlyList<double> values) => Second < 0 ? values[First] : values[First] * values[Second];
}
