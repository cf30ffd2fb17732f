using System.Text.Json;

namespace Summarizer.Llm.Schema;

/// <summary>The summary reply's strict schema, exported from <see cref="LlmSummaryDto"/>.</summary>
public static class SummaryJsonSchema
{
    public const string Name = "structured_summary";

    /// <inheritdoc cref="StrictJsonSchema.SerializerOptions"/>
    public static JsonSerializerOptions SerializerOptions => StrictJsonSchema.SerializerOptions;

    /// <summary>The schema as a JSON element (for <c>ChatResponseFormat.ForJsonSchema</c>).</summary>
    public static JsonElement Schema { get; } = StrictJsonSchema.Export(typeof(LlmSummaryDto));

    /// <summary>The schema text; its hash belongs in cache keys.</summary>
    public static string Text { get; } = Schema.GetRawText();
}
