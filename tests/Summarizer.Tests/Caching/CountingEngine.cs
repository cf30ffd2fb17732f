using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Tests.Caching;

/// <summary>An engine that counts its calls and can be told to answer with a fallback summary.</summary>
internal sealed class CountingEngine(string name = "counting") : ISummaryEngine
{
    private int _calls;

    public int Calls => _calls;

    public string? Fallback { get; set; }

    public string Name => name;

    public EngineIdentity Identity { get; set; } = new(name);

    public Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken)
    {
        int call = Interlocked.Increment(ref _calls);
        return Task.FromResult(new StructuredSummary
        {
            Id = article.Id, Headline = $"call {call}", Lede = article.Sentences[0].Text, Engine = name, Fallback = Fallback,
        });
    }
}
