using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Testing;

namespace Summarizer.Tests.Scheduling;

public sealed class LoggedBatchProgressTests
{
    [Fact]
    public void A_nightly_batch_logs_every_tenth_of_its_articles_once_and_the_start_of_the_comparison()
    {
        var logs = new CapturingLoggerProvider();
        var progress = new LoggedBatchProgress(logs.CreateLogger("nightly"));

        progress.Report(BatchProgress.EarlierLoaded(new EarlierInputs([], TimeSpan.FromSeconds(1))));
        for (int done = 1; done <= 40; done++) progress.Report(new BatchProgress(done, 40, done / 20, $"a{done}.txt", null));
        progress.Report(new BatchProgress(40, 40, 2, "comparing the stories of 38 articles", null, BatchStage.ComparingStories));

        var articleLines = logs.Lines.Where(l => l.Contains("articles done")).ToList();
        Assert.Equal(10, articleLines.Count);
        Assert.Contains("4 of 40 articles done, 0 failed", articleLines[0]);
        Assert.Contains("40 of 40 articles done, 2 failed", articleLines[^1]);
        Assert.Single(logs.Lines, l => l.Contains("comparing the stories of 38 articles"));
        // The loader logs its own line: the stage is not logged twice.
        Assert.DoesNotContain(logs.Lines, l => l.Contains("earlier articles"));
    }

    [Fact]
    public void A_batch_of_three_logs_each_article_that_crosses_a_tenth()
    {
        var logs = new CapturingLoggerProvider();
        var progress = new LoggedBatchProgress(logs.CreateLogger("nightly"));

        for (int done = 1; done <= 3; done++) progress.Report(new BatchProgress(done, 3, 0, $"a{done}.txt", null));

        Assert.Equal(3, logs.Lines.Count(l => l.Contains("articles done")));
    }
}
