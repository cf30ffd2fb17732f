namespace Summarizer.Evaluation.Rouge;

/// <summary>Precision, recall and F1 (harmonic mean) of one ROUGE measure, each in [0, 1].</summary>
/// <param name="Precision">Matches divided by the candidate's size.</param>
/// <param name="Recall">Matches divided by the reference's size.</param>
/// <param name="F1">2PR / (P + R), or 0 when P + R is 0.</param>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>The all-zero score rouge-score returns for empty inputs.</summary>
    public static RougeScore Zero => default;

    /// <summary>Builds a score from precision and recall, computing F1 the way rouge-score's <c>fmeasure</c> does.</summary>
    public static RougeScore FromPrecisionRecall(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
}
