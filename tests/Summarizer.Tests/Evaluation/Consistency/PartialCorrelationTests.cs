using Summarizer.Evaluation.Consistency;

namespace Summarizer.Evaluation.Tests.Consistency;

public class PartialCorrelationTests
{
    [Fact]
    public void A_difference_between_summarisers_alone_does_not_count()
    {
        // Within each summariser the metric runs against the human score; between them it runs with it.
        double[] metric = [1, 2, 11, 12];
        double[] human = [2, 1, 12, 11];
        string[] model = ["a", "a", "b", "b"];
        Assert.True(PartialCorrelation.Pearson(metric, human) > 0.9);
        var (pearson, spearman) = PartialCorrelation.Compute(metric, human, model);
        Assert.Equal(-1, pearson, 6);
        Assert.Equal(-1, spearman, 6);
    }

    [Fact]
    public void Ties_share_their_average_rank()
    {
        Assert.Equal([1.5, 1.5, 3, 4.5, 4.5], PartialCorrelation.Ranks([7, 7, 8, 9, 9]));
    }

    [Fact]
    public void Spearman_ignores_the_scale_pearson_sees()
    {
        double[] x = [1, 2, 3, 4, 100];
        double[] y = [1, 2, 3, 4, 5];
        string[] one = ["m", "m", "m", "m", "m"];
        var (pearson, spearman) = PartialCorrelation.Compute(x, y, one);
        Assert.Equal(1, spearman, 6);
        Assert.True(pearson < 0.8);
    }

    [Fact]
    public void Pearson_over_rows_agrees_with_the_list_form_on_the_rows_it_keeps()
    {
        var random = new Random(3);
        int n = 60;
        var x = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var y = x.Select(v => v + random.NextDouble()).ToArray();
        var group = Enumerable.Range(0, n).Select(i => i % 3).ToArray();
        var also = Enumerable.Range(0, n).Select(i => i % 7 == 0 ? double.NaN : 1).ToArray();
        x[5] = double.NaN;
        // A resample repeats rows: the list form sees the repeats too.
        int[] rows = [.. Enumerable.Range(0, n), 1, 1, 2, 40];
        var kept = rows.Where(i => !double.IsNaN(x[i]) && !double.IsNaN(also[i])).ToList();
        var expected = PartialCorrelation.Compute(kept.Select(i => x[i]).ToList(), kept.Select(i => y[i]).ToList(), kept.Select(i => group[i].ToString()).ToList()).Pearson;
        Assert.Equal(expected, PartialCorrelation.PearsonOver(rows, x, y, group, 3, also), 10);
        Assert.NotEqual(expected, PartialCorrelation.PearsonOver(rows, x, y, group, 3), 6);
    }
}
