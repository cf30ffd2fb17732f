using Summarizer.Distributed;

namespace Summarizer.Tests.Distributed;

public class QueueDepthTests
{
    [Fact]
    public void Each_run_moves_the_total_by_its_own_outstanding_articles_and_gives_them_back_when_done()
    {
        var depth = new QueueDepth();
        var first = depth.Track(10);
        using (var second = depth.Track(5))
        {
            Assert.Equal(15, depth.Outstanding);
            first.Set(4);
            second.Set(1);
            Assert.Equal(5, depth.Outstanding);
        }
        Assert.Equal(4, depth.Outstanding);
        first.Dispose();
        first.Dispose();
        Assert.Equal(0, depth.Outstanding);
    }
}
