using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public class RougeAggregateTests
{
    private static RougeScores WithF1(double r1, double r2, double rl, double rlsum) =>
        new(new RougeScore(0, 0, r1), new RougeScore(0, 0, r2), new RougeScore(0, 0, rl), new RougeScore(0, 0, rlsum));

    private static RougeScores[] Spread(int n) =>
        Enumerable.Range(0, n).Select(i => WithF1(i / (double)(n - 1), 0.5, 0.25, i % 2)).ToArray();

    [Fact]
    public void Means_AreF1Times100()
    {
        var aggregate = RougeAggregate.FromScores([WithF1(0.2, 0.1, 0.3, 0.0), WithF1(0.4, 0.3, 0.5, 1.0), WithF1(0.6, 0.2, 0.4, 0.5)]);
        Assert.Equal(3, aggregate.Count);
        Assert.Equal(40, aggregate.Rouge1.Mean, 10);
        Assert.Equal(20, aggregate.Rouge2.Mean, 10);
        Assert.Equal(40, aggregate.RougeL.Mean, 10);
        Assert.Equal(50, aggregate.RougeLsum.Mean, 10);
    }

    [Fact]
    public void Interval_OfConstantScores_CollapsesToTheMean()
    {
        var aggregate = RougeAggregate.FromScores(Enumerable.Repeat(WithF1(0.3, 0.3, 0.3, 0.3), 10).ToArray());
        Assert.Equal(30, aggregate.Rouge1.Mean, 10);
        Assert.Equal(30, aggregate.Rouge1.Low, 10);
        Assert.Equal(30, aggregate.Rouge1.High, 10);
    }

    [Fact]
    public void Interval_HasTheWidthOfANormalApproximation()
    {
        // 200 evenly spread values 0..100: sd ≈ 29.0, standard error ≈ 2.05, so a 95% interval is about ±4.0.
        var aggregate = RougeAggregate.FromScores(Spread(200));
        var r1 = aggregate.Rouge1;
        Assert.Equal(50, r1.Mean, 10);
        Assert.InRange(r1.Mean - r1.Low, 3.0, 5.0);
        Assert.InRange(r1.High - r1.Mean, 3.0, 5.0);
        // A constant column has no spread even when resampled jointly with the others.
        Assert.Equal(50, aggregate.Rouge2.Low, 10);
        Assert.Equal(50, aggregate.Rouge2.High, 10);
    }

    [Fact]
    public void Bootstrap_IsDeterministic_AndDependsOnTheSeed()
    {
        var scores = Spread(50);
        var a = RougeAggregate.FromScores(scores);
        var b = RougeAggregate.FromScores(scores);
        Assert.Equal(a, b);

        var other = RougeAggregate.FromScores(scores, seed: 7);
        Assert.NotEqual(a.Rouge1.Low, other.Rouge1.Low);
        Assert.Equal(a.Rouge1.Mean, other.Rouge1.Mean);
    }

    [Fact]
    public void Empty_And_Single()
    {
        var empty = RougeAggregate.FromScores([]);
        Assert.Equal(0, empty.Count);
        Assert.Equal(default, empty.Rouge1);

        var single = RougeAggregate.FromScores([WithF1(0.5, 0.25, 0.75, 1)]);
        Assert.Equal(new MeanWithInterval(25, 25, 25), single.Rouge2);
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregate.FromScores(Spread(3), resamples: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregate.FromScores(Spread(3), confidence: 1));
    }
}
