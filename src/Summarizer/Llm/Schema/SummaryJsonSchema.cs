using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Summarizer.Llm.Schema;

/// <summary>
/// The reply schema, exported from <see cref="LlmSummaryDto"/> and made strict-compatible (every property
/// required, no additional properties), plus the matching strict deserialisation settings.
/// </summary>
public static class SummaryJsonSchema
{
    public const string Name = "structured_summary";

    /// <summary>camelCase, and strict: unknown, missing or null members fail the parse rather than being guessed.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = false,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The schema as a JSON element (for <c>ChatResponseFormat.ForJsonSchema</c>).</summary>
    public static JsonElement Schema { get; } = Export();

    /// <summary>The schema text; its hash belongs in cache keys.</summary>
    public static string Text { get; } = Schema.GetRawText();

    private static JsonElement Export()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (_, node) =>
            {
                if (node is JsonObject obj && obj["properties"] is JsonObject props)
                {
                    obj["required"] = new JsonArray(props.Select(p => (JsonNode)p.Key).ToArray());
                    obj["additionalProperties"] = false;
                }
                return node;
            },
        };
        var node = SerializerOptions.GetJsonSchemaAsNode(typeof(LlmSummaryDto), exporterOptions);
        return JsonSerializer.SerializeToElement(node);
    }
}
