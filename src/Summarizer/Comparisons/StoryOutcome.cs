using Summarizer.Comparisons.Clustering;

namespace Summarizer.Comparisons;

/// <summary>Articles said to be one story: their comparison, or (when they tell several) the stories they do tell.</summary>
public sealed record StoryOutcome(StoryComparison? Comparison, IReadOnlyList<Story> Stories)
{
    public bool IsOneStory => Comparison is not null;
}
