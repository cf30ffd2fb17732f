namespace Summarizer.Summaries.Extractive;

/// <summary>When the engine stops adding sentences to a summary with a word target (<see cref="SummaryLength"/>).</summary>
public enum LengthRule
{
    /// <summary>Add the next sentence only if the summary ends nearer the target with it than without it.</summary>
    Nearest,

    /// <summary>Add sentences while the summary is still short of the target, even if the last one overshoots it.</summary>
    Reach,
}
