namespace Summarizer.Prompts;

/// <summary>
/// What the code expects of one template file: the file must exist and every variable the template
/// marks required must be one the code supplies (<see cref="SuppliedVariables"/>).
/// </summary>
public sealed record PromptContract(string FileName, IReadOnlySet<string> SuppliedVariables)
{
    /// <summary>Template name, i.e. the file name without its extension.</summary>
    public string Name => Path.GetFileNameWithoutExtension(FileName);
}
