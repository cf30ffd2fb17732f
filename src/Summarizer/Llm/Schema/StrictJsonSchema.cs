using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Summarizer.Llm.Schema;

/// <summary>
/// Reply schemas exported from the reply records and made strict-compatible (every property required, no additional
/// properties), with the matching strict deserialisation settings.
/// </summary>
public static class StrictJsonSchema
{
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

    /// <summary>The strict schema of <paramref name="type"/> as a JSON element (for <c>ChatResponseFormat.ForJsonSchema</c>).</summary>
    public static JsonElement Export(Type type)
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
        return JsonSerializer.SerializeToElement(SerializerOptions.GetJsonSchemaAsNode(type, exporterOptions));
    }
}
