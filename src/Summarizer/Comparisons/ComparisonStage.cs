using Microsoft.Extensions.Options;
using Summarizer.Pipeline;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;
using Summarizer.Comparisons.Output;

namespace Summarizer.Comparisons;

/// <summary>
/// The comparison step of a batch, so the runner's hook is one call: compares the run's successful articles (asking
/// the model too when one is configured and <see cref="ComparisonOptions.UseModel"/> is on), writes
/// <c>stories/&lt;storyId&gt;.json</c>, and hands back the run for the <c>report.md</c> section
/// (<see cref="ComparisonMarkdown.Render"/>).
/// </summary>
public sealed class ComparisonStage(StoryComparer comparer, IOptions<ComparisonOptions> options, IStoryComparisonModel? model = null)
{
    public async Task<ComparisonRun> RunAsync(IReadOnlyList<ArticleResult> results, string outputFolder, CancellationToken cancellationToken)
    {
        var inputs = Inputs(results);
        var run = comparer.CompareRun(inputs);
        if (model is not null && options.Value.UseModel && run.Comparisons.Count > 0)
        {
            // The same article read twice is one input (as the comparer treats it); the model client bounds the calls in flight.
            var byId = inputs.DistinctBy(i => i.Article.Id).ToDictionary(i => i.Article.Id, StringComparer.Ordinal);
            run = run with
            {
                Comparisons = await Task.WhenAll(run.Comparisons.Select(c =>
                    model.ExtendAsync(c, c.Articles.Select(a => byId[a.Id]).ToList(), cancellationToken))),
            };
        }
        await ComparisonWriter.WriteAsync(outputFolder, run.Comparisons, cancellationToken);
        return run;
    }

    /// <summary>The results that can be compared: those with an article and its facts (a failed item has neither).</summary>
    public static List<ComparisonInput> Inputs(IEnumerable<ArticleResult> results) =>
        results.Where(r => r is { Article: not null, Facts: not null })
            .Select(r => new ComparisonInput(r.Article!, r.Facts!, r.Summary)).ToList();
}
