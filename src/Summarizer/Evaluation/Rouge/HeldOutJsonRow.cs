using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// One line of <c>eval rouge --tune --documents</c>: a tuning row's cross-validated held-out score (F1 × 100, mean over
/// the dealings) beside LEAD-3's, so two searches over different grids can be compared row by row (a paired test).
/// </summary>
public sealed record HeldOutJsonRow(
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("rouge1")] double Rouge1,
    [property: JsonPropertyName("rouge2")] double Rouge2,
    [property: JsonPropertyName("rougeLsum")] double RougeLsum,
    [property: JsonPropertyName("lead3Rouge1")] double Lead3Rouge1,
    [property: JsonPropertyName("lead3Rouge2")] double Lead3Rouge2,
    [property: JsonPropertyName("lead3RougeLsum")] double Lead3RougeLsum)
{
    /// <summary>The held-out rows of a cross-validated search (those with true references), in the order of <see cref="TuningRun.ReferenceRows"/>.</summary>
    public static IEnumerable<HeldOutJsonRow> From(TuningRun run, CrossValidatedTuning cv) =>
        cv.HeldOutRows.Zip(run.ReferenceRows, (s, i) => new HeldOutJsonRow(i, run.Datasets[i], s.Rouge1, s.Rouge2, s.RougeLsum,
            run.Lead3[i].Rouge1, run.Lead3[i].Rouge2, run.Lead3[i].RougeLsum));
}
