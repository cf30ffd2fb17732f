using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Testing;

/// <summary>
/// The issue's overhead figure, per article: one operation = one article (the next of 200 distinct variants) through
/// <c>ArticleProcessor</c>, composed as the library composes it, against the fake model answering at once.
/// The baseline <see cref="ModelRoundTrip"/> posts that article's captured request body straight to the same server and
/// reads the reply: the model's wait as the pipeline sees it (loopback HTTP plus the fake server's own work).
/// The pipeline's overhead per article = median of <see cref="LlmArticle"/> − median of <see cref="ModelRoundTrip"/>
/// (the "Median − baseline" column): clean and split, facts, prompt rendering, SDK request and reply handling,
/// strict parsing, verification, usage metering, logging, resilience and concurrency layers.
/// </summary>
[MedianMinusBaselineColumn]
public class LlmOverheadBenchmarks
{
    private IReadOnlyList<RawArticle> _articles = [];
    private string[] _requestBodies = [];
    private FakeOpenAIServer _server = null!;
    private LlmBenchHost _llm = null!, _extractive = null!;
    private HttpClient _http = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SeedArticles.Variants(LlmBenchHost.BatchSize);
        _server = FakeOpenAIServer.StartEchoAsync(TimeSpan.Zero).GetAwaiter().GetResult();
        _llm = LlmBenchHost.Create(_server.Endpoint);
        _extractive = LlmBenchHost.Create(null);
        _http = new HttpClient { BaseAddress = new Uri(_server.Endpoint + "/") };
        // One pass in order captures the exact body the pipeline sends for each article (and warms every path).
        _requestBodies = _articles.Select(raw =>
        {
            Check(_llm.Processor.ProcessAsync(raw, default).GetAwaiter().GetResult(), raw);
            return _server.LastEchoRequestBody!;
        }).ToArray();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ModelRoundTrip()
    {
        using var content = new StringContent(_requestBodies[NextIndex()], System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("chat/completions", content);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException(body);
    }

    [Benchmark]
    public async Task<int> LlmArticle()
    {
        var raw = _articles[NextIndex()];
        var before = _server.RequestCount;
        var result = await _llm.Processor.ProcessAsync(raw, default);
        if (_server.RequestCount - before != 1) throw new InvalidOperationException($"{raw.Source}: {_server.RequestCount - before} model calls");
        return Check(result, raw);
    }

    [Benchmark]
    public async Task<int> ExtractiveArticle()
    {
        var raw = _articles[NextIndex()];
        return Check(await _extractive.Processor.ProcessAsync(raw, default), raw);
    }

    // A model summary that fell back or failed verification would make the figure mean something else.
    private static int Check(Summarizer.Pipeline.ArticleResult result, RawArticle raw) =>
        result.Summary is { Fallback: null, Verdict.IsVerified: true } s
            ? s.KeyPoints.Count
            : throw new InvalidOperationException($"{raw.Source}: {result.Error ?? result.Summary?.Fallback ?? "not verified"}");

    private int NextIndex() => _next++ % _articles.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        foreach (var d in new IAsyncDisposable[] { _llm, _extractive, _server })
            d.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
