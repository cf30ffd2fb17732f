namespace Summarizer.Prompts;

/// <summary>YAML shape of one <c>execution_settings</c> entry; settings we do not use are ignored.</summary>
internal sealed class ExecutionSettingsDocument
{
    public float? Temperature { get; set; }
    public int? MaxTokens { get; set; }
}
