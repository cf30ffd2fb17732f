using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Summarizer.Prompts;

/// <summary>
/// Reads a prompt file in Semantic Kernel's YAML format into SK's own <see cref="PromptTemplateConfig"/>. SK's YAML
/// package is not available to this project, but SK's JSON reader takes the same field names: YamlDotNet reads the
/// file, unquoted scalars keep their type (so <c>temperature: 0</c> stays a number), and
/// <see cref="PromptTemplateConfig.FromJson(string)"/> builds the configuration as SK would.
/// </summary>
internal static class PromptTemplateConfigReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    /// <exception cref="PromptLoadException">The file is not valid YAML or not a prompt configuration SK accepts.</exception>
    public static PromptTemplateConfig Read(string filePath, byte[] content)
    {
        object? document;
        try
        {
            using var reader = new StreamReader(new MemoryStream(content));
            document = Yaml.Deserialize(reader);
        }
        catch (YamlException ex)
        {
            throw new PromptLoadException(filePath, $"YAML error at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}", ex);
        }

        if (document is null) throw new PromptLoadException(filePath, "the file is empty.");
        if (document is not IDictionary<object, object?> root) throw new PromptLoadException(filePath, "the file is not a YAML mapping of prompt fields.");

        try
        {
            return PromptTemplateConfig.FromJson(ToJson(root)!.ToJsonString());
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw new PromptLoadException(filePath, $"not a prompt configuration Semantic Kernel accepts: {ex.Message}", ex);
        }
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(entry =>
            KeyValuePair.Create(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", ToJson(entry.Value)))),
        IList<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        string text => JsonValue.Create(text),
        // Numbers and booleans, typed by the YAML reader.
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };
}
