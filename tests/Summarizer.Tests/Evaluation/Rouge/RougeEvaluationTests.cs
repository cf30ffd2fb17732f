using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public class RougeEvaluationTests
{
    private static readonly EvalDocument[] Documents =
    [
        new("d1", "xsum", "test", "Storms hit the coast.\nPower was cut.", "Storms hit the coast on Monday."),
        new("d2", "cnndm", "test", "The council approved the budget.\nTaxes rise.", "The council approved a budget.\nTaxes will rise."),
        new("d3", "cnndm", "test", "A new bridge opened.\nTraffic eased.", "The bridge opened to traffic."),
        new("d4", "cnndm", "validation", "Rain fell all day.\nRivers rose.", "Heavy rain made rivers rise."),
        new("d5", "cnndm", "test", "Boom.", "The plant exploded."),
    ];

    private static Dictionary<string, Func<EvalDocument, string>> Systems() => new()
    {
        ["oracle"] = d => d.Reference,
        ["lead"] = d => d.Article.Split('\n')[0],
        ["empty"] = _ => "",
        ["flaky"] = d => d.Id == "d3" ? throw new InvalidOperationException("model timeout") : d.Article,
    };

    [Fact]
    public void Evaluate_GroupsByDatasetSplitSystem_InOrdinalOrder()
    {
        var result = new RougeEvaluation().Evaluate(Documents, Systems());

        Assert.Equal(
            [
                ("cnndm", "test", "empty", 3), ("cnndm", "test", "flaky", 2), ("cnndm", "test", "lead", 3), ("cnndm", "test", "oracle", 3),
                ("cnndm", "validation", "empty", 1), ("cnndm", "validation", "flaky", 1), ("cnndm", "validation", "lead", 1), ("cnndm", "validation", "oracle", 1),
                ("xsum", "test", "empty", 1), ("xsum", "test", "flaky", 1), ("xsum", "test", "lead", 1), ("xsum", "test", "oracle", 1),
            ],
            result.Rows.Select(r => (r.Dataset, r.Split, r.System, r.Count)));
    }

    [Fact]
    public void Evaluate_OracleScores100_EmptyScores0()
    {
        var result = new RougeEvaluation().Evaluate(Documents, Systems());
        foreach (var row in result.Rows.Where(r => r.System == "oracle"))
        {
            Assert.Equal(new MeanWithInterval(100, 100, 100), row.RougeLsum);
            Assert.Equal(100, row.Rouge1.Mean, 10);
        }

        Assert.All(result.Rows.Where(r => r.System == "empty"), row => Assert.Equal(default, row.Rouge2));
    }

    [Fact]
    public void Evaluate_MeansMatchIndependentScoring()
    {
        var result = new RougeEvaluation(useStemmer: true).Evaluate(Documents, Systems());
        var scorer = new RougeScorer(useStemmer: true);
        var docs = Documents.Where(d => d.Dataset == "cnndm" && d.Split == "test").ToArray();
        var expectedR2 = docs.Average(d => scorer.Score(d.Reference, d.Article.Split('\n')[0]).Rouge2.F1) * 100;
        var expectedLsum = docs.Average(d => scorer.Score(d.Reference, d.Article.Split('\n')[0]).RougeLsum.F1) * 100;

        var row = result.Rows.Single(r => r is { Dataset: "cnndm", Split: "test", System: "lead" });
        Assert.Equal(expectedR2, row.Rouge2.Mean, 10);
        Assert.Equal(expectedLsum, row.RougeLsum.Mean, 10);
        Assert.True(row.RougeLsum.Low <= row.RougeLsum.Mean && row.RougeLsum.Mean <= row.RougeLsum.High);
    }

    [Fact]
    public void Evaluate_RecordsFailuresAndExcludesThem()
    {
        var result = new RougeEvaluation().Evaluate(Documents, Systems());
        var failure = Assert.Single(result.Failures);
        Assert.Equal(new SystemFailure("d3", "flaky", "InvalidOperationException: model timeout"), failure);
        Assert.DoesNotContain(result.Scores, s => s.DocumentId == "d3" && s.System == "flaky");
        Assert.Equal(Documents.Length * 4 - 1, result.Scores.Count);
    }

    [Fact]
    public void Evaluate_IsDeterministicAcrossDegreesOfParallelism()
    {
        var many = Enumerable.Range(0, 60)
            .Select(i => Documents[i % Documents.Length] with { Id = "doc" + i })
            .ToArray();
        var parallel = new RougeEvaluation(maxDegreeOfParallelism: -1).Evaluate(many, Systems());
        var sequential = new RougeEvaluation(maxDegreeOfParallelism: 1).Evaluate(many, Systems());

        Assert.Equal(sequential.Rows, parallel.Rows);
        Assert.Equal(sequential.Scores, parallel.Scores);
        Assert.Equal(sequential.Failures, parallel.Failures);
        Assert.Equal(many.Select(d => d.Id).Distinct(), parallel.Scores.Select(s => s.DocumentId).Distinct());
    }

    [Fact]
    public void Evaluate_HonoursCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new RougeEvaluation().Evaluate(Documents, Systems(), cts.Token));
    }
}
