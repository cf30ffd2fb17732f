namespace Summarizer.Llm.Engine;

/// <summary>The model gave no usable reply within the allowed attempts; <see cref="Reason"/> becomes the fallback reason.</summary>
internal sealed class LlmSummaryFailedException(string reason) : Exception($"The model gave no usable summary: {reason}.")
{
    public string Reason { get; } = reason;
}
