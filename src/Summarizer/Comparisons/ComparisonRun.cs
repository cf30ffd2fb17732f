using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons;

/// <summary>The stories of a run (every article in exactly one) and a comparison of each story told by two or more articles.</summary>
public sealed record ComparisonRun(IReadOnlyList<Story> Stories, IReadOnlyList<StoryComparison> Comparisons)
{
    /// <summary>
    /// The members of <see cref="Comparisons"/> that come from earlier runs (<see cref="ComparisonService.CompareWithEarlier"/>),
    /// by article id; empty when none was brought in. A story of earlier articles alone is in neither list.
    /// </summary>
    public IReadOnlyDictionary<string, EarlierRun> Earlier { get; init; } = new Dictionary<string, EarlierRun>();
}
