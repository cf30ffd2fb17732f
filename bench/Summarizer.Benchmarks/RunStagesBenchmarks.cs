using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Pipeline;
using Summarizer.Summaries;

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
    private ServiceProvider? _warm, _cold;
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
        // The library as the executable composes it, once over a SQLite cache and once with the cache off.
        _warm = Compose(new() { ["Summarizer:Cache:Path"] = Path.Combine(_folder, "cache.db") });
        _cold = Compose(new() { ["Summarizer:Cache:Enabled"] = "false" });
        _cached = _warm.GetRequiredService<ArticleProcessor>();
        _uncached = _cold.GetRequiredService<ArticleProcessor>();
        // Fill the cache once, as a first run would (stories and their embeddings too), and keep the results for the later stages.
        _results = _articles.Select(a => _cached.ProcessAsync(a, CancellationToken.None).GetAwaiter().GetResult()).ToList();
        _ = ClusterAndCompareStories().GetAwaiter().GetResult();
        CorpusRateColumn.Articles = _articles.Count;
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSummarizerPipeline(configuration).BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _warm?.Dispose();
        _cold?.Dispose();
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

    /// <summary>Stories of the run as a second run compares them: the title-and-lead embeddings come from the warm cache.</summary>
    [Benchmark]
    public async Task<int> ClusterAndCompareStories() =>
        (await _warm!.GetRequiredService<ComparisonService>().CompareRunAsync(BatchRunner.ComparisonInputs(_results), CancellationToken.None)).Comparisons.Count;
}
