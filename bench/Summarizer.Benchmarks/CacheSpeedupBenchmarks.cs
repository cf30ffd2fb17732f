using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Testing;

/// <summary>
/// The cache's issue figure: a second run over unchanged articles makes no model call and is at least 20× faster than
/// the first. One operation = the batch of 200 articles (concurrency 16) composed as the CLI composes it, cache on,
/// against the fake model answering after 200 ms. <see cref="FirstRun"/> (the baseline) gets a new, empty SQLite file
/// every iteration; <see cref="SecondRun"/> uses one warmed by a run in setup. Ratio = second / first.
/// </summary>
[ArticleRateColumns]
public class CacheSpeedupBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-bench-cache-").FullName;
    private IReadOnlyList<RawArticle> _articles = [];
    private FakeOpenAIServer _server = null!;
    private LlmBenchHost? _cold;
    private LlmBenchHost _warm = null!;
    private int _iteration;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SeedArticles.Variants(LlmBenchHost.BatchSize);
        _server = FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(200)).GetAwaiter().GetResult();
        _warm = LlmBenchHost.Create(_server.Endpoint, Path.Combine(_folder, "warm.db"));
        _warm.RunAsync(_articles).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(FirstRun))]
    public void NewCache()
    {
        _cold?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _cold = LlmBenchHost.Create(_server.Endpoint, Path.Combine(_folder, $"cold-{_iteration++}.db"));
    }

    [Benchmark(Baseline = true)]
    public Task<int> FirstRun() => RunAsync(_cold!, expectedCalls: _articles.Count);

    [Benchmark]
    public Task<int> SecondRun() => RunAsync(_warm, expectedCalls: 0);

    private async Task<int> RunAsync(LlmBenchHost host, int expectedCalls)
    {
        var before = _server.RequestCount;
        var verified = await host.RunAsync(_articles);
        if (verified != _articles.Count || _server.RequestCount - before != expectedCalls)
            throw new InvalidOperationException($"{verified} verified, {_server.RequestCount - before} model calls (expected {expectedCalls})");
        return verified;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cold?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _warm.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
