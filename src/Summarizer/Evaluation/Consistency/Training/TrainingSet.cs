using Summarizer.Facts;
using Summarizer.Verification;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// The rows the score model may learn from — FRANK <c>dev</c> and CLIFF <c>val</c>, never test, and never a summary of
/// an article that either file tests on (<see cref="TestArticles"/>) — with features computed exactly as the product
/// computes them for a plain-text summary.
/// </summary>
public static class TrainingSet
{
    public const string FrankSplit = "dev";
    public const string CliffCut = "val";

    /// <summary>The labelled rows, and with <paramref name="synthetic"/> one rule-made inconsistent copy of each fully consistent summary.</summary>
    public static List<TrainingRow> Build(ConsistencyData data, ConsistencyScorer scorer, bool synthetic = false, CancellationToken cancellationToken = default)
    {
        var test = TestArticles.Of(data);
        var items = Candidates(data).Where(it => !test.Contains(it.Article)).ToList();
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

    /// <summary>How many dev / val summaries are left out because their article is a test article of either file.</summary>
    public static int LeftOutAsTest(ConsistencyData data)
    {
        var test = TestArticles.Of(data);
        return Candidates(data).Count(it => test.Contains(it.Article));
    }

    private static IEnumerable<Candidate> Candidates(ConsistencyData data) =>
        data.Pairs.Where(p => p.Split == FrankSplit)
            .Select(p => new Candidate(data.Articles[p.ArticleId], p.Summary, p.Factuality, "frank-" + p.Dataset, p.Model))
            .Concat(data.Labels.Where(r => r.Cut == CliffCut).Select(r => new Candidate(r.Document, r.Summary, r.Label, "cliff-" + r.Origin, r.ModelName)));

    // Synthetic negatives copy only the rows already admitted, so none is made from a test article either.
    private static List<Candidate> Synthetic(IReadOnlyList<Candidate> items)
    {
        var namesOf = items.Select(it => it.Article).Distinct(StringComparer.Ordinal).ToDictionary(a => a, SyntheticNegatives.NamesIn, StringComparer.Ordinal);
        var pool = namesOf.Values.SelectMany(n => n).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var random = new Random(5);
        var made = new List<Candidate>();
        foreach (var it in items.Where(it => it.Target >= 1))
            if (SyntheticNegatives.Make(it.Summary, namesOf[it.Article], pool, random) is { } negative && negative != it.Summary)
                made.Add(new Candidate(it.Article, negative, 0, TrainingRow.SyntheticPrefix + it.Source, it.Group));
        return made;
    }

    private readonly record struct Candidate(string Article, string Summary, double Target, string Source, string Group);
}
