using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// One row of <c>eval rouge --json</c>: a system's mean ROUGE F1 × 100 on one dataset split, with the 95% bootstrap
/// interval of each measure in the <c>…Low</c>/<c>…High</c> fields.
/// </summary>
public sealed record RougeJsonRow(
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("rouge1")] double Rouge1,
    [property: JsonPropertyName("rouge2")] double Rouge2,
    [property: JsonPropertyName("rougeL")] double RougeL,
    [property: JsonPropertyName("rougeLsum")] double RougeLsum,
    [property: JsonPropertyName("rouge1Low")] double Rouge1Low,
    [property: JsonPropertyName("rouge1High")] double Rouge1High,
    [property: JsonPropertyName("rouge2Low")] double Rouge2Low,
    [property: JsonPropertyName("rouge2High")] double Rouge2High,
    [property: JsonPropertyName("rougeLLow")] double RougeLLow,
    [property: JsonPropertyName("rougeLHigh")] double RougeLHigh,
    [property: JsonPropertyName("rougeLsumLow")] double RougeLsumLow,
    [property: JsonPropertyName("rougeLsumHigh")] double RougeLsumHigh)
{
    /// <summary>The JSON row of an evaluation row, values rounded to four decimals.</summary>
    public static RougeJsonRow From(RougeEvaluationRow row) => new(
        row.Dataset, row.Split, row.System, row.Count,
        R(row.Rouge1.Mean), R(row.Rouge2.Mean), R(row.RougeL.Mean), R(row.RougeLsum.Mean),
        R(row.Rouge1.Low), R(row.Rouge1.High), R(row.Rouge2.Low), R(row.Rouge2.High),
        R(row.RougeL.Low), R(row.RougeL.High), R(row.RougeLsum.Low), R(row.RougeLsum.High));

    private static double R(double value) => Math.Round(value, 4);
}
