using Summarizer.Facts;
using Summarizer.Verification;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// The rows the score model may learn from — FRANK <c>dev</c> and CLIFF <c>val</c>, never test — with features
/// computed exactly as the product computes them for a plain-text summary.
/// </summary>
public static class TrainingSet
{
    public const string FrankSplit = "dev";
    public const string CliffCut = "val";

    /// <summary>The labelled rows, and with <paramref name="synthetic"/> one rule-made inconsistent copy of each fully consistent summary.</summary>
    public static List<TrainingRow> Build(ConsistencyData data, ConsistencyScorer scorer, bool synthetic = false, CancellationToken cancellationToken = default)
    {
        var items = data.Pairs.Where(p => p.Split == FrankSplit)
            .Select(p => (Article: data.Articles[p.ArticleId], p.Summary, Target: p.Factuality, Source: "frank-" + p.Dataset, Group: p.Model))
            .Concat(data.Labels.Where(r => r.Cut == CliffCut).Select(r => (Article: r.Document, r.Summary, Target: (double)r.Label, Source: "cliff-" + r.Origin, Group: r.ModelName)))
            .ToList();
        if (synthetic) items.AddRange(Synthetic(items));
        var rows = new TrainingRow?[items.Count];
        var extractor = new FactExtractor();
        // Features do not depend on the model being replaced, so none is loaded (a stale one may name old features).
        var verifier = new SummaryVerifier(extractor, Verification.Model.ScoreModel.Untrained);
        var order = ConsistencyScorer.ByArticle(items.Select(it => it.Article).ToList());
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            int i = order[k];
            var article = scorer.Article(items[i].Article);
            if (article is null) return;
            var assessment = verifier.AssessText(article, extractor.Extract(article), SummaryFileVerifier.StripMarkdown(items[i].Summary));
            rows[i] = new TrainingRow([.. assessment.Features.Values], items[i].Target, items[i].Source, items[i].Group, article.Id);
        });
        return rows.OfType<TrainingRow>().ToList();
    }

    private static List<(string Article, string Summary, double Target, string Source, string Group)> Synthetic(
        IReadOnlyList<(string Article, string Summary, double Target, string Source, string Group)> items)
    {
        var namesOf = items.Select(it => it.Article).Distinct(StringComparer.Ordinal).ToDictionary(a => a, SyntheticNegatives.NamesIn, StringComparer.Ordinal);
        var pool = namesOf.Values.SelectMany(n => n).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var random = new Random(5);
        var made = new List<(string, string, double, string, string)>();
        foreach (var it in items.Where(it => it.Target >= 1))
            if (SyntheticNegatives.Make(it.Summary, namesOf[it.Article], pool, random) is { } negative && negative != it.Summary)
                made.Add((it.Article, negative, 0, TrainingRow.SyntheticPrefix + it.Source, it.Group));
        return made;
    }
}
