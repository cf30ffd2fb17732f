using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

/// <summary>
/// Where a <c>summarizer run</c> over the 499 reference articles spends its time, stage by stage, each over all 499
/// articles: reading and cleaning (the baseline), facts + summary + verify through a warm SQLite cache (a second run),
/// the same without a cache (a first run's compute), writing each summary's JSON file as the run does (atomically,
/// flushed to disk), and grouping the run's articles into stories and comparing them.
/// <code>dotnet run -c Release --project bench/Summarizer.Benchmarks -- --filter '*RunStages*'</code>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class RunStagesBenchmarks
{
    private byte[] _bytes = [];
    private List<Article> _articles = [];
    private List<ArticleResult> _results = [];
    private string _folder = "";
    private SqliteCacheStore? _store;
    private ArticleProcessor _cached = null!;
    private ArticleProcessor _uncached = null!;
    private readonly ArticleFileReader _reader = new(new ArticleOptions());
    private readonly ArticleFactory _factory = new();

    [GlobalSetup]
    public void Setup()
    {
        _bytes = RefsCorpus.LoadBytes();
        _articles = RefsCorpus.Read(_reader, _bytes).Select(_factory.Create).ToList();
        _folder = Directory.CreateTempSubdirectory("summarizer-stages-").FullName;
        _store = new SqliteCacheStore(Path.Combine(_folder, "cache.db"));
        var engine = new CachingSummaryEngine(new ExtractiveSummaryEngine(), _store, NullLogger<CachingSummaryEngine>.Instance,
            () => JsonSerializer.Serialize(new ExtractiveOptions()));
        _cached = new ArticleProcessor(_factory, new FactExtractor(), engine, new SummaryVerifier(), NullLogger<ArticleProcessor>.Instance,
            new FactSheetCache(_store, NullLogger<FactSheetCache>.Instance));
        _uncached = new ArticleProcessor(_factory, new FactExtractor(), new ExtractiveSummaryEngine(), new SummaryVerifier(), NullLogger<ArticleProcessor>.Instance);
        // Fill the cache once, as a first run would, and keep the results for the later stages.
        _results = _articles.Select(a => _cached.ProcessAsync(a, CancellationToken.None).GetAwaiter().GetResult()).ToList();
        CorpusRateColumn.Articles = _articles.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int ReadCleanSplit() => RefsCorpus.Read(_reader, _bytes).Sum(raw => _factory.Create(raw).Sentences.Count);

    [Benchmark]
    public async Task<int> ProcessWithoutCache()
    {
        int verified = 0;
        foreach (var a in _articles)
            if ((await _uncached.ProcessAsync(a, CancellationToken.None)).Summary?.Verdict?.IsVerified == true) verified++;
        return verified;
    }

    [Benchmark]
    public async Task<int> ProcessThroughWarmCache()
    {
        int verified = 0;
        foreach (var a in _articles)
            if ((await _cached.ProcessAsync(a, CancellationToken.None)).Summary?.Verdict?.IsVerified == true) verified++;
        return verified;
    }

    [Benchmark]
    public async Task<int> WriteSummaryFiles()
    {
        string folder = Path.Combine(_folder, "out");
        foreach (var r in _results)
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, r.Summary!.Id + ".json"), JsonSerializer.Serialize(r.Summary, SummaryJson.Options), CancellationToken.None);
        return _results.Count;
    }

    [Benchmark]
    public int ClusterAndCompareStories() => new StoryComparer().CompareRun(ComparisonStage.Inputs(_results)).Comparisons.Count;
}
