using Summarizer.Pipeline;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;

namespace Summarizer.Comparisons.Output;

/// <summary>Writes each comparison to <c>stories/&lt;storyId&gt;.json</c> under the run's output folder, atomically.</summary>
public static class ComparisonWriter
{
    public const string Folder = "stories";

    /// <summary>Writes every comparison and returns the paths written, relative to <paramref name="outputFolder"/>.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        string outputFolder, IEnumerable<StoryComparison> comparisons, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var comparison in comparisons)
        {
            // Story ids are generated hex, but a model-produced comparison could carry anything: never a path.
            if (comparison.StoryId.Length == 0 || comparison.StoryId.IndexOfAny(['/', '\\', '.', ':']) >= 0 ||
                comparison.StoryId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                throw new ArgumentException($"not a story id: '{comparison.StoryId}'", nameof(comparisons));
            string relative = Path.Combine(Folder, comparison.StoryId + ".json");
            await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, relative),
                StoryComparisonJson.Serialize(comparison), cancellationToken);
            written.Add(relative);
        }
        return written;
    }
}
