using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Evaluation.Rouge;
using Summarizer.Evaluation.Stories;
using Summarizer.Facts;

namespace Summarizer.Evaluation.Tests.Stories;

public sealed class StoryEvaluationTests
{
    private static readonly StoryEvent Flood = new("e0",
    [
        new("River floods old town", "The river flooded the old town of Elmsford on Monday after days of rain. Rescue boats reached stranded residents by noon."),
        new("Elmsford under water", "Floods hit Elmsford's old town as the river burst its banks on Monday. Boats rescued residents from their homes."),
    ], "Floods in Elmsford", "The river flooded Elmsford's old town on Monday and boats rescued residents.");

    private static readonly StoryEvent Vote = new("e1",
    [
        new("Council backs parking fees", "The Brackley council approved new parking fees on Tuesday by seven votes to two. The fees start in May."),
        new("Drivers to pay more in Brackley", "Drivers in Brackley will pay new parking fees after the council vote on Tuesday. Fees begin in May."),
    ], "Brackley approves parking fees", "Brackley's council approved parking fees that start in May.");

    private static readonly EvalDocument Distractor = new("d0", "cnndm", "test",
        "A rare orchid bloomed at the botanical garden in Kew for the first time in a decade, gardeners said.", "An orchid bloomed.");

    [Fact]
    public void Scores_clustering_and_roundups_beside_the_baselines_in_the_documented_json_shape()
    {
        var benchmark = StoryBenchmark.Build([Flood, Vote], [Distractor], new FactExtractor());
        var options = new ComparisonOptions { UseSentenceEmbeddings = false };

        var result = new StoryEvaluation(options, new StorySimilarityWeights(), embedder: null).Evaluate(benchmark);

        Assert.Equal(5, benchmark.Inputs.Count);
        Assert.Equal([StoryHalves.Tune, StoryHalves.Tune, StoryHalves.HeldOut, StoryHalves.HeldOut, StoryHalves.HeldOut], benchmark.Halves);
        var all = result.Clustering.Single(c => c.Scope == "all");
        Assert.Equal((5, 2), (all.Score.Items, all.Events));
        Assert.Equal([StoryEvaluation.Roundup, StoryBaselines.FirstSentences, StoryBaselines.Lead3Longest],
            result.Rouge.Where(r => r.Scope == "all").Select(r => r.System));
        Assert.All(result.Rouge, r => Assert.True(r.Rouge1.Mean > 0));

        using var json = JsonDocument.Parse(StoryEvalJson.Serialize(result));
        var clustering = json.RootElement.GetProperty("clustering");
        Assert.Equal(["articles", "events", "precision", "recall", "f1"], clustering.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, clustering.GetProperty("articles").GetInt32());
        var rouge = json.RootElement.GetProperty("rouge").EnumerateArray().ToList();
        Assert.Equal(3, rouge.Count);
        Assert.All(rouge, r => Assert.Equal(["system", "n", "rouge1", "rouge2", "rougeL"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rouge, r => Assert.Equal(2, r.GetProperty("n").GetInt32()));
    }
}
