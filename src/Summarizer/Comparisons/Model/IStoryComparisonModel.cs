using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Model;

/// <summary>A model that adds to a story's rule-based comparison what the rules cannot see.</summary>
public interface IStoryComparisonModel
{
    /// <summary>
    /// <paramref name="rules"/> with the model's findings added where their quoted sentences bear them out, or with
    /// <see cref="StoryComparison.ModelFallback"/> set when the model gave nothing usable. Never throws for a model
    /// failure: the rules' comparison always stands.
    /// </summary>
    Task<StoryComparison> ExtendAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken);
}
