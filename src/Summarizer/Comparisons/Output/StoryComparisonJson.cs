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

    public static string Serialize(StoryComparison comparison) => JsonSerializer.Serialize(comparison, SummaryJson.Options);

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
