namespace Summarizer.Evaluation.Rouge;

/// <summary>ROUGE-1, -2 and -Lsum F1 × 100 of one system: on one document, or the mean over a dataset's tuning rows.</summary>
public sealed record TuningScore(double Rouge1, double Rouge2, double RougeLsum)
{
    /// <summary>The mean of each measure over <paramref name="scores"/> (zero for none).</summary>
    public static TuningScore Mean(IEnumerable<TuningScore> scores) => WeightedMean(scores.Select(s => (s, 1.0)));

    /// <summary>The weighted mean of each measure over <paramref name="scores"/> (zero for none or no weight).</summary>
    public static TuningScore WeightedMean(IEnumerable<(TuningScore Score, double Weight)> scores)
    {
        double r1 = 0, r2 = 0, rl = 0, total = 0;
        foreach (var (s, w) in scores)
        {
            r1 += w * s.Rouge1;
            r2 += w * s.Rouge2;
            rl += w * s.RougeLsum;
            total += w;
        }
        return total <= 0 ? new TuningScore(0, 0, 0) : new TuningScore(r1 / total, r2 / total, rl / total);
    }

    /// <summary>Each measure of this score less the same measure of <paramref name="other"/>.</summary>
    public TuningScore Minus(TuningScore other) => new(Rouge1 - other.Rouge1, Rouge2 - other.Rouge2, RougeLsum - other.RougeLsum);

    /// <summary>The smallest of the three measures.</summary>
    public double Min => Math.Min(Rouge1, Math.Min(Rouge2, RougeLsum));
}
