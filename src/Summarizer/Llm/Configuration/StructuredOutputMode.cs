namespace Summarizer.Llm.Configuration;

/// <summary>
/// How the reply is constrained: <see cref="JsonSchema"/> is OpenAI's strict structured output;
/// <see cref="JsonObject"/> (JSON mode) is what most OpenAI-compatible servers support.
/// </summary>
public enum StructuredOutputMode
{
    JsonSchema,
    JsonObject,
}
