using System.Collections.Concurrent;
using Summarizer.Articles;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Grid search of the extractive engine's settings on development rows only. Each setting is scored by its worst
/// margin over LEAD-3 (ROUGE-1, -2 and -Lsum F1 × 100, every dataset in the rows): the winner is the setting that beats
/// the lead baseline everywhere by the most, not the one that wins big on one dataset and loses on another.
/// </summary>
public static class ExtractiveTuning
{
    /// <summary>Splits that may be tuned on (FRANK's dev, CLIFF's val); a test row is never read.</summary>
    public static readonly IReadOnlySet<string> TuningSplits = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "dev", "val" };

    /// <summary>The settings searched by <c>eval rouge --tune</c>: every combination of the values below.</summary>
    public static IEnumerable<ExtractiveOptions> DefaultGrid()
    {
        foreach (var positionWeight in (double[])[0.3, 0.5, 0.7])
        foreach (var decay in (double[])[0.5, 1.0])
        foreach (var backward in (double[])[-0.5, 0, 1])
        foreach (var threshold in (double[])[0, 0.3])
        foreach (var redundancy in (double[])[0.6, 0.7, 0.8])
        foreach (var ratio in (double[])[0.12, 0.14, 0.16])
        foreach (var (min, max) in ((int, int)[])[(30, 70), (35, 70), (40, 75)])
            yield return new ExtractiveOptions
            {
                PositionWeight = positionWeight, PositionDecay = decay, BackwardWeight = backward, EdgeThreshold = threshold,
                RedundancyLambda = redundancy, LengthRatio = ratio, MinSummaryWords = min, MaxSummaryWords = max,
            };
    }

    /// <summary>Scores every setting on the tuning rows of <paramref name="documents"/>; best first.</summary>
    /// <exception cref="ArgumentException">No row of a tuning split.</exception>
    public static IReadOnlyList<TuningResult> Run(IReadOnlyList<EvalDocument> documents, IEnumerable<ExtractiveOptions> grid, CancellationToken cancellationToken = default)
    {
        var rows = documents.Where(d => TuningSplits.Contains(d.Split))
            .Select(d => (Document: d, Article: SummarySystems.Build(d.Article)))
            .Where(r => r.Article is not null)
            .Select(r => (r.Document, Article: r.Article!))
            .ToList();
        if (rows.Count == 0) throw new ArgumentException("no dev or val rows to tune on", nameof(documents));
        var scorer = new RougeScorer(useStemmer: true);
        var lead = Means(rows, scorer, a => SummarySystems.Lead(a, 3));
        var results = new ConcurrentBag<TuningResult>();
        Parallel.ForEach(grid, new ParallelOptions { CancellationToken = cancellationToken }, options =>
        {
            var engine = new ExtractiveSummaryEngine(options);
            var means = Means(rows, scorer, a => string.Join('\n', engine.SelectSentences(a).Select(id => a.Sentences[id].Text)));
            double worst = means.Min(m => Math.Min(m.Value.Rouge1 - lead[m.Key].Rouge1,
                Math.Min(m.Value.Rouge2 - lead[m.Key].Rouge2, m.Value.RougeLsum - lead[m.Key].RougeLsum)));
            results.Add(new TuningResult(options, means, lead, worst));
        });
        return results.OrderByDescending(r => r.WorstMargin).ThenBy(r => Describe(r.Options), StringComparer.Ordinal).ToList();
    }

    /// <summary>The tuned settings of <paramref name="options"/> as one line (what <c>--tune</c> prints and the README records).</summary>
    public static string Describe(ExtractiveOptions options) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"PositionWeight={options.PositionWeight} PositionDecay={options.PositionDecay} BackwardWeight={options.BackwardWeight} " +
        $"EdgeThreshold={options.EdgeThreshold} RedundancyLambda={options.RedundancyLambda} LengthRatio={options.LengthRatio} " +
        $"MinSummaryWords={options.MinSummaryWords} MaxSummaryWords={options.MaxSummaryWords}");

    private static Dictionary<string, TuningScore> Means(List<(EvalDocument Document, Article Article)> rows, RougeScorer scorer, Func<Article, string> system) =>
        rows.GroupBy(r => r.Document.Dataset, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            double r1 = 0, r2 = 0, rl = 0;
            foreach (var (document, article) in g)
            {
                var s = scorer.Score(document.Reference, system(article));
                r1 += s.Rouge1.F1;
                r2 += s.Rouge2.F1;
                rl += s.RougeLsum.F1;
            }
            int n = g.Count();
            return new TuningScore(100 * r1 / n, 100 * r2 / n, 100 * rl / n);
        }, StringComparer.Ordinal);
}
