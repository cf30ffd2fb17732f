using System.Text.Json;
using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Consistency;

/// <summary>What <c>eval consistency --json</c> writes: FRANK-style correlations and CLIFF-style balanced accuracy.</summary>
public sealed record ConsistencyReport(IReadOnlyList<CorrelationRow> Correlations, IReadOnlyList<BalancedAccuracyRow> BalancedAccuracy)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
