using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons;

/// <summary>The stories of a run (every article in exactly one) and a comparison of each story told by two or more articles.</summary>
public sealed record ComparisonRun(IReadOnlyList<Story> Stories, IReadOnlyList<StoryComparison> Comparisons);
