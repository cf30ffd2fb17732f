using Summarizer.Summaries.Extractive;

namespace Summarizer.Tests.Summaries.Extractive;

public class SummaryLengthTests
{
    [Theory]
    // 30 words so far, target 40, a 20-word sentence next: 50 is as far from 40 as 30 is, so the nearest rule takes it.
    [InlineData(30, 20, 40, true, true)]
    // A 30-word sentence would overshoot to 60, farther than stopping at 30: the nearest rule stops, reach still adds it.
    [InlineData(30, 30, 40, false, true)]
    // At the target already: both stop.
    [InlineData(40, 5, 40, false, false)]
    public void Nearest_stops_before_an_overshoot_that_reach_accepts_while_short_of_the_target(int summary, int sentence, int target, bool nearest, bool reach)
    {
        Assert.Equal(nearest, SummaryLength.Improves(summary, sentence, target, LengthRule.Nearest));
        Assert.Equal(reach, SummaryLength.Improves(summary, sentence, target, LengthRule.Reach));
    }
}
