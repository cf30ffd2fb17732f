using Summarizer.Evaluation.Rouge;
using Summarizer.Summaries.Extractive;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests.Rouge;

public class ExtractiveTuningTests
{
    private static EvalDocument Row(string id, string split, string dataset) => new(id, dataset, split,
        "The council approved the school budget on Monday evening after a long debate. The budget raises teacher pay across the city. " +
        "A bakery opened nearby. Parents welcomed the school budget and the pay rise for teachers.",
        "The council approved a school budget that raises teacher pay.");

    [Fact]
    public void Scores_only_dev_and_val_rows_and_ranks_settings_by_their_worst_margin_over_lead3()
    {
        var rows = new[] { Row("a", "dev", "cnndm"), Row("b", "val", "xsum"), Row("c", "test", "cnndm") };
        var grid = new[] { new ExtractiveOptions(), new ExtractiveOptions { PositionWeight = 1, MinSummaryWords = 5, MaxSummaryWords = 8 } };
        var run = ExtractiveTuning.Run(rows, grid);
        var results = run.Results;
        Assert.Equal(["cnndm", "xsum"], run.Datasets);
        Assert.Equal(2, results.Count);
        Assert.True(results[0].WorstMargin >= results[1].WorstMargin);
        foreach (var r in results)
        {
            Assert.Equal(["cnndm", "xsum"], r.Engine.Keys.Order());
            double worst = r.Engine.Min(e => Math.Min(e.Value.Rouge1 - r.Lead3[e.Key].Rouge1,
                Math.Min(e.Value.Rouge2 - r.Lead3[e.Key].Rouge2, e.Value.RougeLsum - r.Lead3[e.Key].RougeLsum)));
            Assert.Equal(worst, r.WorstMargin, 9);
            // The per-row scores are what the means are made of (one row per dataset here).
            Assert.Equal(r.Engine["cnndm"], r.Rows[0]);
            Assert.Equal(r.Lead3["xsum"], run.Lead3[1]);
        }
    }

    [Fact]
    public void Pseudo_references_are_training_only_rows_after_the_dev_rows_scored_by_their_mean_over_references()
    {
        var dev = Row("a", "dev", "cnndm");
        var pseudo = new PseudoReferenceDocument("p", "cnndm", dev.Article, [dev.Reference, "A bakery opened nearby."]);
        var run = ExtractiveTuning.Run([dev], [new ExtractiveOptions()], pseudoReferences: [pseudo], pseudoWeight: 0.5);
        Assert.Equal([false, true], run.TrainingOnly);
        Assert.Equal(0.5, run.TrainingOnlyWeight);
        Assert.Equal([0], run.ReferenceRows);
        var scorer = new RougeScorer(useStemmer: true);
        string lead = SummarySystems.Lead(SummarySystems.Build(dev.Article), 3);
        double mean = pseudo.References.Average(r => 100 * scorer.Score(r, lead).Rouge1.F1);
        Assert.Equal(mean, run.Lead3[1].Rouge1, 9);
        // The means shown per dataset are the dev row's alone.
        var result = Assert.Single(run.Results);
        Assert.Equal(result.Rows[0], result.Engine["cnndm"]);
        Assert.Equal(run.Lead3[0], result.Lead3["cnndm"]);
    }

    [Fact]
    public void Never_reads_test_rows()
    {
        Assert.Throws<ArgumentException>(() => ExtractiveTuning.Run([Row("c", "test", "cnndm")], [new ExtractiveOptions()]));
    }

    [Fact]
    public void Settings_with_embedding_similarity_embed_each_tuning_sentence_once_for_the_whole_grid()
    {
        var rows = new[] { Row("a", "dev", "cnndm"), Row("b", "test", "cnndm") };
        var embedder = new ScriptedSentenceEmbedder(t => [t.Length % 7, 1f]);
        var grid = new[] { new ExtractiveOptions { EmbeddingWeight = 0.5 }, new ExtractiveOptions { EmbeddingWeight = 1 }, new ExtractiveOptions() };
        var run = ExtractiveTuning.Run(rows, grid, embedder: embedder);
        Assert.Equal(3, run.Results.Count);
        // The dev row's four sentences (and the warm-up text), never the test row's.
        Assert.Equal(5, embedder.Texts);
        Assert.Equal((4, 1), (run.Embedding.Sentences, run.Embedding.Articles));
    }

    [Fact]
    public void Without_embedding_settings_no_model_runs()
    {
        var embedder = new ScriptedSentenceEmbedder(_ => [1f]);
        var run = ExtractiveTuning.Run([Row("a", "dev", "cnndm")], [new ExtractiveOptions()], embedder: embedder);
        Assert.Equal(0, embedder.Texts);
        Assert.Equal(0, run.Embedding.Articles);
    }

    [Fact]
    public void The_length_grid_searches_both_word_target_rules_and_fixed_sentence_counts()
    {
        var grid = ExtractiveTuning.LengthGrid().ToList();
        Assert.Contains(grid, o => o.LengthRule == LengthRule.Reach);
        Assert.Contains(grid, o => o.LengthRule == LengthRule.Nearest && o.LengthRatio > 0);
        var fixedCounts = grid.Where(o => o.LengthRatio == 0).Select(o => o.Sentences).Distinct().Order().ToList();
        Assert.Equal([2, 3, 4], fixedCounts);
        // A fixed-count setting takes exactly that many sentences of a long article, however long they are.
        var article = SummarySystems.Build(string.Join(" ", Enumerable.Range(1, 30).Select(i =>
            $"The regional council voted on day {i} to extend the tram line to the northern suburbs and the airport.")))!;
        foreach (var options in grid.Where(o => o.LengthRatio == 0).DistinctBy(o => o.Sentences))
            Assert.Equal(options.Sentences, new ExtractiveSummaryEngine(options).SelectSentences(article).Count);
    }

    [Fact]
    public void Every_named_grid_is_the_default_grid_or_widens_it()
    {
        var defaults = ExtractiveTuning.DefaultGrid().Select(ExtractiveTuning.Describe).ToHashSet();
        Assert.Same(ExtractiveTuning.Grids["default"], ExtractiveTuning.Grids["DEFAULT"]);
        foreach (var (_, grid) in ExtractiveTuning.Grids)
            Assert.Superset(defaults, grid().Select(ExtractiveTuning.Describe).ToHashSet());
    }
}
