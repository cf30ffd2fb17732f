using System.Globalization;
using Summarizer.Facts;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// The interval of values a figure allows once its qualifier is read: "at least 200,000" is [200000, ∞),
/// "less than 30 thousand" is [0, 30000], "about 35" is 35 ± 10%. Two figures conflict only when their
/// intervals are disjoint, so "fewer than 30,000" and "thousands" do not.
/// </summary>
internal readonly record struct ValueRange(double Low, double High)
{
    private static readonly string[] AtLeast = ["at least", "more than", "over", "above", "upwards of", "in excess of", "no fewer than", "no less than", "+"];
    private static readonly string[] AtMost = ["less than", "fewer than", "under", "up to", "below", "at most", "no more than", "as many as"];
    private static readonly string[] About = ["about", "around", "approximately", "nearly", "almost", "roughly", "some", "estimated", "approx", "circa", "~"];

    // Vague plurals: the value given is their lower bound ("thousands" = 2000); the factor gives the upper bound
    // from the scale word ("thousands" stops short of a million, "dozens" of a gross, "tens of thousands" of 100000).
    private static readonly Dictionary<string, double> VagueFactors = new(StringComparer.Ordinal)
    {
        ["dozens"] = 12, ["tens"] = 10, ["scores"] = 5, ["hundreds"] = 10, ["thousands"] = 1000, ["millions"] = 1000, ["billions"] = 1000,
    };

    /// <summary>Whether the figure is a vague plural ("thousands of"), which bounds an amount without stating it.</summary>
    public static bool IsVague(QuantityFact q) =>
        VagueFactors.ContainsKey((q.Qualifier ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");

    public static ValueRange Of(QuantityFact q)
    {
        double low = Math.Min(q.Value, q.UpperValue ?? q.Value), high = Math.Max(q.Value, q.UpperValue ?? q.Value);
        string qualifier = (q.Qualifier ?? "").ToLowerInvariant();
        string firstWord = qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (VagueFactors.TryGetValue(firstWord, out double factor)) return new ValueRange(low, low / 2 * factor);
        if (AtLeast.Any(qualifier.Contains)) return new ValueRange(low, double.PositiveInfinity);
        if (AtMost.Any(qualifier.Contains)) return new ValueRange(0, high);
        if (About.Any(qualifier.Contains)) return new ValueRange(low * 0.9, high * 1.1);
        return new ValueRange(low, high);
    }

    /// <summary>Whether no value satisfies both (a relative epsilon absorbs rounding of "1.5 million").</summary>
    public bool DisjointFrom(ValueRange other) =>
        High < other.Low * (1 - 1e-9) || other.High < Low * (1 - 1e-9);

    /// <summary>The same figure stated: equal bounds, rounding aside.</summary>
    public bool SameAs(ValueRange other) => Close(Low, other.Low) && Close(High, other.High);

    private static bool Close(double a, double b) =>
        a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    public override string ToString() =>
        Low == High ? Low.ToString("G", CultureInfo.InvariantCulture) : $"{Low.ToString("G", CultureInfo.InvariantCulture)}–{High.ToString("G", CultureInfo.InvariantCulture)}";
}
