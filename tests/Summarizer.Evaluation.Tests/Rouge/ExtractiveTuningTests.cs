using Summarizer.Evaluation.Rouge;
using Summarizer.Summaries.Extractive;

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
    public void Never_reads_test_rows()
    {
        Assert.Throws<ArgumentException>(() => ExtractiveTuning.Run([Row("c", "test", "cnndm")], [new ExtractiveOptions()]));
    }
}
