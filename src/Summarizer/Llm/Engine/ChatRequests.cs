using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Llm.Configuration;
using Summarizer.Prompts;

namespace Summarizer.Llm.Engine;

/// <summary>
/// A rendered template as a chat request: its messages, its execution settings, and the reply format — the strict
/// reply schema where the provider enforces it, JSON mode (the template spells the schema out) otherwise.
/// </summary>
internal static class ChatRequests
{
    /// <summary>True when the schema must be written into the prompt because the server only offers JSON mode.</summary>
    public static bool SchemaInPrompt(LlmOptions options) => options.EffectiveStructuredOutput == StructuredOutputMode.JsonObject;

    public static LlmRequest Build(PromptTemplate template, IReadOnlyDictionary<string, object?> values, LlmOptions options,
        JsonElement schema, string schemaName, string schemaDescription)
    {
        var messages = template.Render(values).Select(m => new ChatMessage(new ChatRole(m.Role), m.Content)).ToList();
        var chatOptions = new ChatOptions
        {
            ModelId = options.Model,
            Temperature = template.Settings.Temperature,
            MaxOutputTokens = template.Settings.MaxTokens,
            ResponseFormat = SchemaInPrompt(options)
                ? ChatResponseFormat.Json
                : ChatResponseFormat.ForJsonSchema(schema, schemaName, schemaDescription),
        };
        return new LlmRequest(messages, chatOptions);
    }
}
