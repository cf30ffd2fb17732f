namespace Summarizer.Prompts;

/// <summary>One declared input of a prompt template (Semantic Kernel's <c>input_variables</c> entry).</summary>
public sealed record PromptInputVariable(string Name, string? Description, bool IsRequired, string? Default);
