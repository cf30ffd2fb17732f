namespace Summarizer.Prompts;

/// <summary>The YAML shape of a template file (Semantic Kernel's prompt format), as YamlDotNet reads it.</summary>
internal sealed class PromptTemplateDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? TemplateFormat { get; set; }
    public string? Template { get; set; }
    public List<InputVariableDocument>? InputVariables { get; set; }
    public Dictionary<string, ExecutionSettingsDocument>? ExecutionSettings { get; set; }
}
