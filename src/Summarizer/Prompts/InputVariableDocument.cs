namespace Summarizer.Prompts;

/// <summary>YAML shape of one <c>input_variables</c> entry.</summary>
internal sealed class InputVariableDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool IsRequired { get; set; } = true;
    public string? Default { get; set; }
}
