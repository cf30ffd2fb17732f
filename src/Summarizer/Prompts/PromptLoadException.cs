namespace Summarizer.Prompts;

/// <summary>A prompt template is missing or invalid; thrown at start-up so a bad prompt never reaches a model.</summary>
public sealed class PromptLoadException : Exception
{
    public PromptLoadException(string filePath, string message, Exception? inner = null)
        : base($"Prompt template '{filePath}': {message}", inner)
    {
        FilePath = filePath;
    }

    /// <summary>The template file at fault.</summary>
    public string FilePath { get; }
}
