using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Output;
using Summarizer.Summaries;

namespace Summarizer.Pipeline;

/// <summary>
/// Everything a run writes, in one place, each file atomically: <c>&lt;article-id&gt;.json</c> per summary,
/// <c>stories/&lt;story-id&gt;.json</c> per compared story, <c>report.md</c> for a person and <c>run.json</c> for machines,
/// and the list of them (<see cref="RunManifest"/>) by which the next run into the folder removes what is no longer its.
/// </summary>
public static class RunOutput
{
    public const string StoriesFolder = "stories";
    public const string ReportFile = "report.md";
    public const string RunFile = "run.json";

    /// <summary>The file name of a summary, relative to the output folder.</summary>
    public static string SummaryFile(StructuredSummary summary) => $"{summary.Id}.json";

    /// <summary>Writes one summary and returns its file name, relative to <paramref name="outputFolder"/>.</summary>
    public static async Task<string> WriteSummaryAsync(string outputFolder, StructuredSummary summary, CancellationToken cancellationToken)
    {
        string file = SummaryFile(summary);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, file), JsonSerializer.Serialize(summary, SummaryJson.Options), cancellationToken);
        return file;
    }

    /// <summary>Writes each story's comparison and returns the paths written, relative to <paramref name="outputFolder"/>.</summary>
    public static async Task<IReadOnlyList<string>> WriteStoriesAsync(
        string outputFolder, IEnumerable<StoryComparison> comparisons, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var comparison in comparisons)
        {
            // Story ids are generated hex, but a model-produced comparison could carry anything: never a path.
            if (comparison.StoryId.Length == 0 || comparison.StoryId.IndexOfAny(['/', '\\', '.', ':']) >= 0 ||
                comparison.StoryId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                throw new ArgumentException($"not a story id: '{comparison.StoryId}'", nameof(comparisons));
            string relative = Path.Combine(StoriesFolder, comparison.StoryId + ".json");
            await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, relative), StoryComparisonJson.Serialize(comparison), cancellationToken);
            written.Add(relative);
        }
        return written;
    }

    /// <summary>
    /// Writes the stories, <c>report.md</c> and <c>run.json</c> of a finished run (its summaries are written as its
    /// articles finish), then removes the files an earlier run wrote into the same folder that this one did not write
    /// again, so the folder describes this run alone (<see cref="RunManifest"/>; no other file is touched). A stopped
    /// run, or one with failed or deferred articles, removes nothing and lists both runs' files. A listed name no run writes (a hand
    /// edit) is left on disk and named in a warning to <paramref name="logger"/>.
    /// </summary>
    public static async Task WriteRunAsync(string outputFolder, RunReport report, IReadOnlyList<ArticleResult> results,
        ComparisonRun stories, ILogger logger, CancellationToken cancellationToken)
    {
        var previous = await RunManifest.ReadAsync(outputFolder, logger, cancellationToken);
        var written = new HashSet<string>(StringComparer.Ordinal) { ReportFile, RunFile };
        written.UnionWith(results.Where(r => r.Summary is not null).Select(r => SummaryFile(r.Summary!)));
        written.UnionWith((await WriteStoriesAsync(outputFolder, stories.Comparisons, cancellationToken)).Select(RunManifest.Normalize));
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, ReportFile),
            MarkdownReport.Render(report, results) + ComparisonMarkdown.Render(stories.Comparisons), cancellationToken);
        // Both runs' files are listed before run.json changes hands: stopped from here on, the next run still knows them all.
        await RunManifest.WriteAsync(outputFolder, previous.Union(written), cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, RunFile), JsonSerializer.Serialize(report, SummaryJson.Options), cancellationToken);
        // A stopped run, or one whose articles failed (a model outage) or were deferred (changed since they settled), may
        // not have written again what the last run wrote for the same input: nothing is removed, and the next complete run
        // removes what is stale by then.
        if (report.Cancelled || report.Failed > 0 || report.Deferred > 0) return;
        var kept = RunManifest.RemoveStale(outputFolder, previous.Except(written));
        await RunManifest.WriteAsync(outputFolder, written.Union(kept), cancellationToken);
    }
}
