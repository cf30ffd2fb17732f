using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Comparisons.Citing;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Roles;
using Summarizer.Comparisons.Quotes;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Comparisons;

/// <summary>
/// The deterministic cross-source comparison: clusters a run's articles into stories, then for each story with
/// two or more articles lists agreements, conflicts, single-source claims and attributions from the FactSheets.
/// </summary>
public sealed class StoryComparer(IOptions<ComparisonOptions> options)
{
    private readonly ComparisonOptions _options = options.Value;

    public StoryComparer() : this(Options.Create(new ComparisonOptions())) { }

    /// <summary>Stories and comparisons for a whole run, in input order.</summary>
    public ComparisonRun CompareRun(IReadOnlyList<(Article Article, FactSheet Facts, StructuredSummary? Summary)> results) =>
        CompareRun(results.Select(r => new ComparisonInput(r.Article, r.Facts, r.Summary)).ToList());

    /// <inheritdoc cref="CompareRun(IReadOnlyList{ValueTuple{Article, FactSheet, StructuredSummary}})"/>
    public ComparisonRun CompareRun(IReadOnlyList<ComparisonInput> inputs)
    {
        // The same article read twice is one source, not two outlets agreeing.
        var unique = SameArticle.Once(inputs);
        var stories = new StoryClusterer(_options).Cluster(unique);
        var comparisons = stories
            .Where(s => s.ArticleIds.Count >= 2)
            .Select(s => Compare(s, unique.Where(i => s.ArticleIds.Contains(i.Article.Id)).ToList()))
            .ToList();
        return new ComparisonRun(stories, comparisons);
    }

    /// <summary>The stories <paramref name="inputs"/> tell (an article read twice counts once), in the order of their first article.</summary>
    public List<Story> Cluster(IReadOnlyList<ComparisonInput> inputs) => new StoryClusterer(_options).Cluster(SameArticle.Once(inputs));

    /// <summary>The comparison of one story's articles, taken in the order given; an article given twice (the same id) is taken once, at its first place.</summary>
    public StoryComparison Compare(Story story, IReadOnlyList<ComparisonInput> inputs)
    {
        // The same article twice is one source, not two outlets agreeing with each other.
        inputs = SameArticle.Once(inputs);
        var agreements = new List<Agreement>();
        var conflicts = new List<Conflict>();
        var single = new List<SingleSourceClaim>();
        QuantityComparison.Compare(inputs, _options, agreements, conflicts, single);
        RoleComparison.Compare(inputs, agreements, conflicts);
        QuoteComparison.Compare(inputs, agreements, conflicts, single);
        var citations = new OutletCitations(inputs);
        var comparison = citations.Mark(new StoryComparison
        {
            StoryId = story.Id,
            Articles = inputs.Select(i => new ComparedArticle(i.Article.Id, i.Outlet, i.Article.Title, i.Earlier?.RunId, i.Earlier?.At)).ToList(),
            // Most widely shared first, counting an outlet that cites another outlet of the agreement once with it:
            // that is the order an editor (and the neutral summary) reads them in.
            Agreements = agreements.Select(a => citations.Mark(a)).OrderByDescending(a => a.IndependentOutlets)
                .ThenByDescending(a => a.ArticleCount).ThenBy(a => a.Kind).ToList(),
            Conflicts = conflicts.OrderByDescending(c => c.Positions.Select(p => p.ArticleId).Distinct().Count()).ThenBy(c => c.Kind).ToList(),
            SingleSource = single.Take(Math.Max(0, _options.MaxSingleSource)).ToList(),
            Attributions = AttributionCollector.Collect(inputs),
        });
        return comparison with { Roundup = RoundupBuilder.Build(comparison, inputs) };
    }

    /// <summary>Compares articles already known to be one story.</summary>
    public StoryComparison Compare(IReadOnlyList<ComparisonInput> inputs) =>
        Compare(Story.Of(inputs.Select(i => i.Article.Id)), inputs);
}
