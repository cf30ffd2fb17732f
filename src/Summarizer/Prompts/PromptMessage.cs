namespace Summarizer.Prompts;

/// <summary>One chat message produced by rendering a template; <see cref="Role"/> is "system", "user" or "assistant".</summary>
public sealed record PromptMessage(string Role, string Content);
