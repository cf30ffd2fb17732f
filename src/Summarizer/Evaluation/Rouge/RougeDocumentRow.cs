using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// One line of <c>eval rouge --documents</c>: one system's summary of one document and its ROUGE F1 × 100, for
/// reading where the engine loses to a baseline (error analysis on dev rows).
/// </summary>
public sealed record RougeDocumentRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("rouge1")] double Rouge1,
    [property: JsonPropertyName("rouge2")] double Rouge2,
    [property: JsonPropertyName("rougeLsum")] double RougeLsum,
    [property: JsonPropertyName("summary")] string? Summary)
{
    /// <summary>The row of a document score, values rounded to two decimals, with the summary scored.</summary>
    public static RougeDocumentRow From(DocumentScore score, string? summary) => new(
        score.DocumentId, score.Dataset, score.Split, score.System,
        R(score.Scores.Rouge1.F1), R(score.Scores.Rouge2.F1), R(score.Scores.RougeLsum.F1), summary);

    private static double R(double f1) => Math.Round(100 * f1, 2);
}
