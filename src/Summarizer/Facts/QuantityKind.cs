namespace Summarizer.Facts;

/// <summary>What a <see cref="QuantityFact"/> measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of things ("200,000 troops", "a 35-nation coalition").</summary>
    Count,
    /// <summary>A percentage; <see cref="QuantityFact.Unit"/> is "percent".</summary>
    Percent,
    /// <summary>An amount of money; <see cref="QuantityFact.Unit"/> is an ISO currency code.</summary>
    Money,
    /// <summary>A length of time ("two weeks", "30-day").</summary>
    Duration,
}
