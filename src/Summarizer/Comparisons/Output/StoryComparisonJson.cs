using System.Text.Json;
using System.Text.Json.Schema;
using Summarizer.Summaries;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Comparisons.Output;

/// <summary>
/// The JSON of a <see cref="StoryComparison"/> both ways: what a run writes to <c>stories/&lt;id&gt;.json</c>, and what the LLM
/// path parses a model's answer with before <see cref="ComparisonPositionVerifier"/> checks it. The schema can be
/// sent as the model's response format so its answer has this shape.
/// </summary>
public static class StoryComparisonJson
{
    private static readonly Lazy<string> LazySchema = new(() =>
        JsonSchemaExporter.GetJsonSchemaAsNode(SummaryJson.Options, typeof(StoryComparison)).ToJsonString(SummaryJson.Compact));

    /// <summary>The JSON schema of <see cref="StoryComparison"/> as the product serialises it.</summary>
    public static string Schema => LazySchema.Value;

    /// <summary>The JSON of <paramref name="comparison"/>; a member from an earlier run carries <c>earlierRun</c> and <c>earlierRunAt</c> (<see cref="EarlierMembers"/>).</summary>
    public static string Serialize(StoryComparison comparison)
    {
        if (EarlierMembers.Count(comparison) == 0) return JsonSerializer.Serialize(comparison, SummaryJson.Options);
        var json = JsonSerializer.SerializeToNode(comparison, SummaryJson.Options)!.AsObject();
        EarlierMembers.AddTo(json, comparison);
        return json.ToJsonString(SummaryJson.Options);
    }

    /// <summary>The comparison in <paramref name="json"/>, or null with <paramref name="error"/> set when it is not one.</summary>
    public static StoryComparison? TryParse(string json, out string? error)
    {
        error = null;
        try
        {
            var comparison = JsonSerializer.Deserialize<StoryComparison>(json, SummaryJson.Options);
            if (comparison is null) error = "the JSON is null";
            return comparison;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }
}
