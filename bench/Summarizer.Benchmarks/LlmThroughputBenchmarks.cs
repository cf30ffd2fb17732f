using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Testing;

/// <summary>
/// One operation = a batch of 200 distinct articles through <c>ArticleProcessor</c> at concurrency 16, composed as the
/// library composes it (pipeline + LLM, provider OpenAICompatible, cache disabled), against a fake model server on
/// loopback. The throughput figure: at 200 ms per model call, ≥ 72 articles/s (0.9 × 16 / 0.2 s). At 0 ms the
/// batch is CPU-bound: its time per article is what 16 articles in flight cost on this machine's cores, shared with the
/// fake server. The per-article overhead figure (excluding the model's wait) is <see cref="LlmOverheadBenchmarks"/>.
/// The extractive engine over the same batch is the baseline.
/// </summary>
[ArticleRateColumns]
public class LlmThroughputBenchmarks
{
    private IReadOnlyList<RawArticle> _articles = [];
    private FakeOpenAIServer _slow = null!, _instant = null!;
    private LlmBenchHost _extractive = null!, _llmSlow = null!, _llmInstant = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SeedArticles.Variants(LlmBenchHost.BatchSize);
        _slow = FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(200)).GetAwaiter().GetResult();
        _instant = FakeOpenAIServer.StartEchoAsync(TimeSpan.Zero).GetAwaiter().GetResult();
        _extractive = LlmBenchHost.Create(null);
        _llmSlow = LlmBenchHost.Create(_slow.Endpoint);
        _llmInstant = LlmBenchHost.Create(_instant.Endpoint);
    }

    [Benchmark(Baseline = true)]
    public Task<int> Extractive() => _extractive.RunAsync(_articles);

    [Benchmark]
    public Task<int> Llm_200ms() => RunChecked(_llmSlow, _slow);

    [Benchmark]
    public Task<int> Llm_0ms() => RunChecked(_llmInstant, _instant);

    // Every article must take exactly one model call and come back verified, or the figures mean something else.
    private async Task<int> RunChecked(LlmBenchHost host, FakeOpenAIServer server)
    {
        var before = server.RequestCount;
        var verified = await host.RunAsync(_articles);
        if (verified != _articles.Count || server.RequestCount - before != _articles.Count)
            throw new InvalidOperationException($"{verified} verified, {server.RequestCount - before} model calls for {_articles.Count} articles");
        return verified;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in new IAsyncDisposable[] { _extractive, _llmSlow, _llmInstant, _slow, _instant })
            d.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
