using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Llm.Configuration;

namespace Summarizer.Llm.Functions;

/// <summary>
/// How a prompt's reply is constrained: the strict JSON schema exported from its reply record where the provider
/// enforces one, or JSON mode with the schema spelled out in the prompt (the <c>json_schema</c> variable) otherwise.
/// </summary>
public sealed record ReplyFormat(JsonElement Schema, string Name, string Description, bool SchemaInPrompt)
{
    /// <summary>The prompt variable that spells the schema out in JSON mode (empty otherwise).</summary>
    public const string SchemaVariable = "json_schema";

    /// <summary>The format for <paramref name="options"/>' provider and structured-output mode.</summary>
    public static ReplyFormat For(LlmOptions options, JsonElement schema, string name, string description) =>
        new(schema, name, description, IsSchemaInPrompt(options));

    /// <summary>True when the server only offers JSON mode, so the schema goes into the prompt.</summary>
    public static bool IsSchemaInPrompt(LlmOptions options) => options.EffectiveStructuredOutput == StructuredOutputMode.JsonObject;

    /// <summary>The schema's text; its hash belongs in cache keys.</summary>
    public string SchemaText => Schema.GetRawText();

    /// <summary>The chat option: a named JSON schema, or plain JSON mode.</summary>
    public ChatResponseFormat ToChatResponseFormat() =>
        SchemaInPrompt ? ChatResponseFormat.Json : ChatResponseFormat.ForJsonSchema(Schema, Name, Description);

    /// <summary>The value of <see cref="SchemaVariable"/>: the schema in JSON mode, nothing when the server enforces it.</summary>
    public string PromptSchemaText => SchemaInPrompt ? SchemaText : "";
}
