using System.Text.Json;
using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// What <c>eval consistency --json</c> writes: FRANK-style correlations, CLIFF-style balanced accuracy, and our metric's
/// correlation against each peer's on the same summaries (<see cref="Intervals.CorrelationComparison"/>).
/// </summary>
public sealed record ConsistencyReport(
    IReadOnlyList<CorrelationRow> Correlations, IReadOnlyList<BalancedAccuracyRow> BalancedAccuracy, IReadOnlyList<Intervals.CorrelationComparison> Comparisons)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
