using Microsoft.Extensions.Options;
using Summarizer.Comparisons.Citing;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Model;

namespace Summarizer.Comparisons;

/// <summary>
/// Cross-source comparison as the batch, the API and the editors' page all use it: the rules' comparison
/// (<see cref="StoryComparer"/>), extended by the chat model when one is configured and
/// <see cref="ComparisonOptions.UseModel"/> is on. The model only adds findings its quoted sentences bear out.
/// </summary>
public sealed class ComparisonService(
    StoryComparer comparer, IOptions<ComparisonOptions> options, IStoryComparisonModel? model = null, StoryEmbeddings? embeddings = null)
{
    private bool UsesModel => model is not null && options.Value.UseModel;

    /// <summary>Groups a run's articles into stories and compares each story told by two or more of them.</summary>
    public Task<ComparisonRun> CompareRunAsync(IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken) =>
        CompareRunAsync(inputs, [], cancellationToken);

    /// <summary>
    /// As <see cref="CompareRunAsync(IReadOnlyList{ComparisonInput}, CancellationToken)"/>, with articles of earlier runs
    /// (each with its <see cref="ComparisonInput.Earlier"/>; a nightly run's earlier nights) clustered beside the run's own:
    /// a story is compared when at least one of the run's own articles is in it, its earlier members marked
    /// (<see cref="ComparedArticle.EarlierRun"/>); a story of earlier articles alone is not reported again, and an earlier
    /// article the run has itself (the same id) is taken once, as the run's.
    /// </summary>
    public async Task<ComparisonRun> CompareRunAsync(IReadOnlyList<ComparisonInput> inputs, IReadOnlyList<ComparisonInput> earlierRuns,
        CancellationToken cancellationToken)
    {
        var tonight = inputs.Select(i => i.Article.Id).ToHashSet(StringComparer.Ordinal);
        var earlier = SameArticle.Once(earlierRuns.Where(e => e.Earlier is not null && !tonight.Contains(e.Article.Id)).ToList());
        // Earlier articles first, oldest first: a story reads in the order it was reported.
        if (earlier.Count > 0) inputs = [.. earlier.OrderBy(e => e.Earlier!.At), .. inputs];
        if (embeddings is not null) inputs = await embeddings.AttachAsync(inputs, cancellationToken).ConfigureAwait(false);
        var run = earlier.Count == 0 ? comparer.CompareRun(inputs) : WithTonight(comparer.CompareRun(inputs), tonight);
        if (!UsesModel || run.Comparisons.Count == 0) return run;
        // The same article read twice is one input (as the comparer treats it); the model client bounds the calls in flight.
        var byId = SameArticle.Once(inputs).ToDictionary(i => i.Article.Id, StringComparer.Ordinal);
        var extended = await Task.WhenAll(run.Comparisons.Select(async c =>
        {
            var articles = c.Articles.Select(a => byId[a.Id]).ToList();
            // The model's positions are marked as the rules' are: whom their sentences cite.
            return new OutletCitations(articles).Mark(await model!.ExtendAsync(c, articles, cancellationToken).ConfigureAwait(false));
        })).ConfigureAwait(false);
        return run with { Comparisons = extended };
    }

    /// <summary><paramref name="run"/> without the stories none of tonight's articles is in.</summary>
    private static ComparisonRun WithTonight(ComparisonRun run, HashSet<string> tonight) =>
        new([.. run.Stories.Where(s => s.ArticleIds.Any(tonight.Contains))], [.. run.Comparisons.Where(c => c.Articles.Any(a => tonight.Contains(a.Id)))]);

    /// <summary>
    /// Compares articles the caller says are one story, in the order given; when they are not (comparing unrelated
    /// articles would show false conflicts), the outcome names the stories they do tell instead. An article given
    /// twice (the same id: the same cleaned text) is compared once, at its first place, as a run takes it.
    /// </summary>
    public async Task<StoryOutcome> CompareStoryAsync(IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
    {
        inputs = SameArticle.Once(inputs);
        if (embeddings is not null) inputs = await embeddings.AttachAsync(inputs, cancellationToken).ConfigureAwait(false);
        var stories = comparer.Cluster(inputs);
        if (stories.Count > 1) return new StoryOutcome(null, stories);
        var rules = comparer.Compare(inputs);
        var comparison = UsesModel
            ? new OutletCitations(inputs).Mark(await model!.ExtendAsync(rules, inputs, cancellationToken).ConfigureAwait(false))
            : rules;
        return new StoryOutcome(comparison, stories);
    }
}
