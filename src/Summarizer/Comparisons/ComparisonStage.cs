using Summarizer.Pipeline;

namespace Summarizer.Comparisons;

/// <summary>
/// The comparison step of a batch, so the runner's hook is one call: compares the run's successful articles,
/// writes <c>stories/&lt;storyId&gt;.json</c>, and hands back the run for the <c>report.md</c> section
/// (<see cref="ComparisonMarkdown.Render"/>).
/// </summary>
public sealed class ComparisonStage(StoryComparer comparer)
{
    public async Task<ComparisonRun> RunAsync(IReadOnlyList<ArticleResult> results, string outputFolder, CancellationToken cancellationToken)
    {
        var run = comparer.CompareRun(Inputs(results));
        await ComparisonWriter.WriteAsync(outputFolder, run.Comparisons, cancellationToken);
        return run;
    }

    /// <summary>The results that can be compared: those with an article and its facts (a failed item has neither).</summary>
    public static List<ComparisonInput> Inputs(IEnumerable<ArticleResult> results) =>
        results.Where(r => r is { Article: not null, Facts: not null })
            .Select(r => new ComparisonInput(r.Article!, r.Facts!, r.Summary)).ToList();
}
