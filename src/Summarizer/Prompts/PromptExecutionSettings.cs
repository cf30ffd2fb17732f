namespace Summarizer.Prompts;

/// <summary>The <c>execution_settings.default</c> block of a template: sampling settings the model call uses.</summary>
public sealed record PromptExecutionSettings(float? Temperature, int? MaxTokens);
