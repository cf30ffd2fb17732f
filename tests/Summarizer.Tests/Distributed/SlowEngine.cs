using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Tests.Distributed;

/// <summary>An engine that takes <paramref name="delay"/> per article, so a batch is still busy when a test stops it.</summary>
internal sealed class SlowEngine(TimeSpan delay) : ISummaryEngine
{
    public string Name => "slow";

    public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return new StructuredSummary { Id = article.Id, Headline = article.Title ?? "untitled", Lede = article.Sentences[0].Text, Engine = Name };
    }
}
