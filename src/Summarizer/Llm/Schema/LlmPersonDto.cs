namespace Summarizer.Llm.Schema;

/// <summary>A person and the roles the article gives them.</summary>
public sealed record LlmPersonDto(string Name, IReadOnlyList<string> Roles);
