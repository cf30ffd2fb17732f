namespace Summarizer.Llm.Configuration;

/// <summary>Which engine produces summaries. <see cref="Extractive"/> needs no model and is the default.</summary>
public enum LlmProvider
{
    Extractive,
    OpenAI,
    AzureOpenAI,
    OpenAICompatible,
}
