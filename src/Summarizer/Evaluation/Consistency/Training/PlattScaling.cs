using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Platt scaling (Platt 1999): a score's log-odds stretched by <see cref="Slope"/> and moved by
/// <see cref="Intercept"/>, the two fitted by maximum likelihood to labelled rows' cross-validated scores. A model
/// regularised as hard as the score model is under-confident (its log-odds too small); the slope undoes that, and
/// like any logistic fit with an intercept it also makes the mean score equal the mean label on the rows it is fitted
/// on. It is monotone, so rankings and rank-based figures do not move.
/// </summary>
public sealed record PlattScaling(double Slope, double Intercept)
{
    /// <summary>No change.</summary>
    public static PlattScaling Identity { get; } = new(1, 0);

    /// <summary>The calibrated probability of <paramref name="score"/>.</summary>
    public double Apply(double score) => 1 / (1 + Math.Exp(-(Slope * LogOdds(score) + Intercept)));

    /// <summary>The model whose scores are this calibration of <paramref name="model"/>'s: weights and bias scaled, then moved.</summary>
    public ScoreModel Apply(ScoreModel model) =>
        model with { Weights = [.. model.Weights.Select(w => w * Slope)], Bias = model.Bias * Slope + Intercept };

    /// <summary>
    /// The slope and intercept maximising the likelihood of <paramref name="targets"/> (in [0, 1]; FRANK's shares count
    /// fractionally) given <paramref name="scores"/>, by Newton's method from the identity.
    /// </summary>
    public static PlattScaling Fit(IReadOnlyList<double> scores, IReadOnlyList<double> targets)
    {
        var z = scores.Select(LogOdds).ToArray();
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < z.Length; i++)
            {
                double q = 1 / (1 + Math.Exp(-(a * z[i] + b))), r = q - targets[i], v = q * (1 - q);
                ga += r * z[i]; gb += r;
                haa += v * z[i] * z[i]; hab += v * z[i]; hbb += v;
            }
            double determinant = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / determinant, db = (haa * gb - hab * ga) / determinant;
            a -= da; b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-12) break;
        }
        return new PlattScaling(a, b);
    }

    /// <summary>Mean log loss of <paramref name="scores"/> against <paramref name="targets"/>: what calibration lowers.</summary>
    public static double LogLoss(IReadOnlyList<double> scores, IReadOnlyList<double> targets) =>
        Enumerable.Range(0, scores.Count).Average(i =>
        {
            double p = Math.Clamp(scores[i], 1e-12, 1 - 1e-12);
            return -(targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p));
        });

    private static double LogOdds(double p)
    {
        double clamped = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(clamped / (1 - clamped));
    }
}
