using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

/// <summary>
/// The offline pipeline over the 499 FRANK reference articles in one process and one thread: read the JSON Lines,
/// clean, split, extract facts, summarise and verify every article per operation. The baseline, in the same run, reads,
/// cleans and splits and takes LEAD-3. Articles/s = 499 / median time of one operation.
/// <code>dotnet run -c Release --project bench/Summarizer.Benchmarks -- --filter '*RefsPipeline*'</code>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class RefsPipelineBenchmarks
{
    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new CorpusRateColumn());
    }

    private byte[] _bytes = [];
    private readonly ArticleFileReader _reader = new(new ArticleOptions());
    private readonly ArticleFactory _factory = new();
    private readonly FactExtractor _extractor = new();
    private readonly ExtractiveSummaryEngine _engine = new();
    private readonly SummaryVerifier _verifier = new();

    [GlobalSetup]
    public void Setup()
    {
        _bytes = RefsCorpus.LoadBytes();
        CorpusRateColumn.Articles = RefsCorpus.Read(_reader, _bytes).Count;
    }

    [Benchmark(Baseline = true)]
    public int ReadCleanSplitLead3()
    {
        int sentences = 0;
        foreach (var raw in RefsCorpus.Read(_reader, _bytes))
            sentences += _factory.Create(raw).Sentences.Take(3).Count();
        return sentences;
    }

    [Benchmark]
    public int FullPipeline()
    {
        int verified = 0;
        foreach (var raw in RefsCorpus.Read(_reader, _bytes))
        {
            var article = _factory.Create(raw);
            var facts = _extractor.Extract(article);
            var summary = _engine.Summarize(article, facts);
            if (_verifier.Verify(article, facts, summary).IsVerified) verified++;
        }
        return verified;
    }
}
