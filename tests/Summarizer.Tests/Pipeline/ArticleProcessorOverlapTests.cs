using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>A model engine's call must not wait for fact extraction: the two run at the same time.</summary>
public class ArticleProcessorOverlapTests
{
    private static readonly RawArticle Raw = new("a.txt", "The council approved 40 new homes on Tuesday. Work starts in May.");

    [Fact]
    public async Task The_engine_starts_before_extraction_ends()
    {
        // The extractor finishes only once the engine has started: extracting first would never end.
        var engineStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var extractor = new GatedExtractor(engineStarted.Task);
        var engine = new OverlappingEngine(engineStarted);
        using var services = PipelineServices.Build(new Dictionary<string, string?> { ["Summarizer:Cache:Enabled"] = "false" }, s =>
        {
            s.AddSingleton<IFactExtractor>(extractor);
            s.AddSingleton<ISummaryEngine>(engine);
        });
        var processor = services.GetRequiredService<ArticleProcessor>();

        var result = await processor.ProcessAsync(Raw, default).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(result.Error);
        Assert.True(engine.UsedFactsTask);
        Assert.NotNull(result.Facts);
        Assert.Contains(result.Facts!.Quantities, q => q.Value == 40);
        Assert.True(result.Summary!.Verdict!.IsVerified);
    }

    private sealed class GatedExtractor(Task gate) : IFactExtractor
    {
        private readonly FactExtractor _inner = new();

        public FactSheet Extract(Article article)
        {
            // Only the article's own extraction waits; the verifier's extraction of summary text does not.
            if (article.Source == Raw.Source && !gate.Wait(TimeSpan.FromSeconds(5)))
                throw new TimeoutException("extraction was not overlapped with the engine");
            return _inner.Extract(article);
        }
    }

    private sealed class OverlappingEngine(TaskCompletionSource? started) : ISummaryEngine
    {
        public string Name => "overlapping";
        public bool UsedFactsTask { get; private set; }

        public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken)
        {
            UsedFactsTask = true;
            started?.SetResult();
            await facts;
            return Summary(article);
        }

        private static StructuredSummary Summary(Article article) => new()
        {
            Id = article.Id, Headline = "", Lede = article.Sentences[0].Text, Engine = "overlapping",
            KeyPoints = [new KeyPoint(article.Sentences[0].Text, [0])],
        };
    }
}
