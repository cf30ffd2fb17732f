using Summarizer.Articles;
using Summarizer.Summaries.Extractive;
using Summarizer.Text.Embeddings;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Grid search of the extractive engine's settings on development rows only. Each setting is scored by its worst
/// margin over LEAD-3 (ROUGE-1, -2 and -Lsum F1 × 100, every dataset in the rows): the winner is the setting that beats
/// the lead baseline everywhere by the most, not the one that wins big on one dataset and loses on another. Every
/// setting's score on every row is kept, so <see cref="TuningCrossValidation"/> can tell how much of the winner's
/// margin is the luck of the rows it was picked on.
/// </summary>
public static class ExtractiveTuning
{
    /// <summary>Splits that may be tuned on (FRANK's dev, CLIFF's val); a test row is never read.</summary>
    public static readonly IReadOnlySet<string> TuningSplits = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "dev", "val" };

    /// <summary>The grids <c>eval rouge --tune --grid NAME</c> can search, by name; <c>default</c> is the defaults' own.</summary>
    public static IReadOnlyDictionary<string, Func<IEnumerable<ExtractiveOptions>>> Grids { get; } =
        new Dictionary<string, Func<IEnumerable<ExtractiveOptions>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["default"] = DefaultGrid,
            ["embeddings"] = EmbeddingGrid,
            ["length"] = LengthGrid,
        };

    /// <summary>The settings searched by <c>eval rouge --tune</c>: every combination of the values below.</summary>
    public static IEnumerable<ExtractiveOptions> DefaultGrid() => Grid([0], [.. WordBudgets()]);

    /// <summary>The default grid, each setting also with MiniLM similarity mixed into the centrality (half, all).</summary>
    public static IEnumerable<ExtractiveOptions> EmbeddingGrid() => Grid([0, 0.5, 1], [.. WordBudgets()]);

    /// <summary>
    /// The default grid's word budgets, beside word budgets filled up to their target (<see cref="LengthRule.Reach"/>) and fixed
    /// sentence counts (2, 3 or 4 whatever the article's length), so the search itself can tell which length policy
    /// carries to unseen articles.
    /// </summary>
    public static IEnumerable<ExtractiveOptions> LengthGrid() =>
        Grid([0], [.. WordBudgets(), .. ReachBudgets(), .. FixedCounts()]);

    // A word budget from the article's length, at most 3 or 4 sentences.
    private static IEnumerable<Length> WordBudgets()
    {
        foreach (var sentences in (int[])[3, 4])
        foreach (var ratio in (double[])[0.12, 0.14, 0.16])
        foreach (var (min, max) in ((int, int)[])[(30, 70), (35, 70), (40, 75), (35, 80)])
            yield return new(sentences, ratio, min, max, LengthRule.Nearest);
    }

    // Filling up to the target overshoots it by part of a sentence, so lower targets than the nearest rule's are searched too.
    private static IEnumerable<Length> ReachBudgets()
    {
        foreach (var ratio in (double[])[0.08, 0.10, 0.12, 0.14])
        foreach (var (min, max) in ((int, int)[])[(25, 60), (30, 60), (30, 70), (35, 70)])
            yield return new(4, ratio, min, max, LengthRule.Reach);
    }

    // A budget no summary reaches: the engine takes exactly Sentences sentences.
    private static IEnumerable<Length> FixedCounts() =>
        [new(2, 0, FixedCountWords, FixedCountWords, LengthRule.Nearest), new(3, 0, FixedCountWords, FixedCountWords, LengthRule.Nearest),
         new(4, 0, FixedCountWords, FixedCountWords, LengthRule.Nearest)];

    private sealed record Length(int Sentences, double Ratio, int Min, int Max, LengthRule Rule);

    private const int FixedCountWords = 100_000;

    private static IEnumerable<ExtractiveOptions> Grid(double[] embeddingWeights, IReadOnlyList<Length> lengths)
    {
        foreach (var embedding in embeddingWeights)
        foreach (var positionWeight in (double[])[0.3, 0.5, 0.7, 0.85])
        foreach (var decay in (double[])[0.5, 1.0])
        foreach (var backward in (double[])[-0.5, 0, 1])
        foreach (var threshold in (double[])[0, 0.3])
        foreach (var redundancy in (double[])[0.6, 0.7, 0.8])
        foreach (var length in lengths)
            yield return new ExtractiveOptions
            {
                EmbeddingWeight = embedding, PositionWeight = positionWeight, PositionDecay = decay, BackwardWeight = backward,
                EdgeThreshold = threshold, RedundancyLambda = redundancy, Sentences = length.Sentences, LengthRatio = length.Ratio,
                MinSummaryWords = length.Min, MaxSummaryWords = length.Max, LengthRule = length.Rule,
            };
    }

    /// <summary>Scores every setting on the tuning rows of <paramref name="documents"/>; results best first.</summary>
    /// <exception cref="ArgumentException">No row of a tuning split.</exception>
    /// <remarks>
    /// A setting with <see cref="ExtractiveOptions.EmbeddingWeight"/> above zero reads sentence vectors from
    /// <paramref name="embedder"/> (the shared MiniLM model when null), each sentence embedded once for the whole grid.
    /// <paramref name="pseudoReferences"/> join as training-only rows after the tuning rows (each scored by its mean over
    /// its references), weighing <paramref name="pseudoWeight"/> of a true row in the ranking; the per-dataset means
    /// shown in each <see cref="TuningResult"/> are over the rows with true references only.
    /// </remarks>
    public static TuningRun Run(IReadOnlyList<EvalDocument> documents, IEnumerable<ExtractiveOptions> grid, CancellationToken cancellationToken = default,
        ISentenceEmbedder? embedder = null, IReadOnlyList<PseudoReferenceDocument>? pseudoReferences = null, double pseudoWeight = 1)
    {
        var rows = documents.Where(d => TuningSplits.Contains(d.Split))
            .Select(d => new Row(d.Dataset, SummarySystems.Build(d.Article), [d.Reference], TrainingOnly: false))
            .Concat((pseudoReferences ?? []).Select(p => new Row(p.Dataset, SummarySystems.Build(p.Article), p.References, TrainingOnly: true)))
            .Where(r => r.Article is not null)
            .ToList();
        if (!rows.Any(r => !r.TrainingOnly)) throw new ArgumentException("no dev or val rows to tune on", nameof(documents));
        var scorer = new RougeScorer(useStemmer: true);
        var datasets = rows.Select(r => r.Dataset).ToList();
        var lead = Score(rows, scorer, a => SummarySystems.Lead(a, 3));
        var run = new TuningRun(datasets, lead, []) { TrainingOnly = [.. rows.Select(r => r.TrainingOnly)], TrainingOnlyWeight = pseudoWeight };
        var reference = run.ReferenceRows;
        var leadMeans = MeansByDataset(datasets, lead, reference);
        var settings = grid.ToList();
        MemoizedSentenceEmbedder? vectors = null;
        var embedding = (Sentences: 0, Articles: 0, Elapsed: TimeSpan.Zero);
        if (settings.Any(o => o.EmbeddingWeight > 0))
        {
            var model = embedder ?? MiniLmSentenceEmbedder.Shared;
            model.Embed(["warm-up: the model loads once per process"]);
            vectors = new MemoizedSentenceEmbedder(model);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var row in rows) vectors.Embed([.. row.Article!.Sentences.Select(s => s.Text)]);
            embedding = (vectors.Count, rows.Count, clock.Elapsed);
        }
        var results = new TuningResult[settings.Count];
        var all = Enumerable.Range(0, rows.Count).ToList();
        Parallel.For(0, settings.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var engine = new ExtractiveSummaryEngine(settings[k], vectors);
            var scores = Score(rows, scorer, a => string.Join('\n', engine.SelectSentences(a).Select(id => a.Sentences[id].Text)));
            results[k] = new TuningResult(settings[k], MeansByDataset(datasets, scores, reference), leadMeans, run.WorstMargin(scores, all), scores);
        });
        return run with { Embedding = embedding, Results = [.. results.OrderByDescending(r => r.WorstMargin).ThenBy(r => Describe(r.Options), StringComparer.Ordinal)] };
    }

    // One tuning row: an article as the product reads it, and its references (one true reference, or pseudo-references).
    private sealed record Row(string Dataset, Article? Article, IReadOnlyList<string> References, bool TrainingOnly);

    /// <summary>The tuned settings of <paramref name="options"/> as one line (what <c>--tune</c> prints and the README records).</summary>
    public static string Describe(ExtractiveOptions options) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"EmbeddingWeight={options.EmbeddingWeight} Sentences={options.Sentences} PositionWeight={options.PositionWeight} PositionDecay={options.PositionDecay} BackwardWeight={options.BackwardWeight} " +
        $"EdgeThreshold={options.EdgeThreshold} RedundancyLambda={options.RedundancyLambda} LengthRatio={options.LengthRatio} LengthRule={options.LengthRule} " +
        $"MinSummaryWords={options.MinSummaryWords} MaxSummaryWords={options.MaxSummaryWords}");

    private static TuningScore[] Score(List<Row> rows, RougeScorer scorer, Func<Article, string> system) =>
        [.. rows.Select(r =>
        {
            string summary = system(r.Article!);
            return TuningScore.Mean(r.References.Select(reference =>
            {
                var s = scorer.Score(reference, summary);
                return new TuningScore(100 * s.Rouge1.F1, 100 * s.Rouge2.F1, 100 * s.RougeLsum.F1);
            }));
        })];

    private static Dictionary<string, TuningScore> MeansByDataset(List<string> datasets, TuningScore[] scores, IReadOnlyList<int> rows) =>
        rows.GroupBy(i => datasets[i], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TuningScore.Mean(g.Select(i => scores[i])), StringComparer.Ordinal);
}
