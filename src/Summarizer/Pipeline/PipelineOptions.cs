namespace Summarizer.Pipeline;

/// <summary>Batch settings, bound from <c>Summarizer:Pipeline</c>.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Summarizer:Pipeline";

    /// <summary>Articles processed at once. Defaults to the number of cores.</summary>
    public int MaxConcurrency { get; set; } = Environment.ProcessorCount;
}
