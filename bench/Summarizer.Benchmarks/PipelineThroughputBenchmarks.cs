using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;

/// <summary>
/// Offline pipeline throughput in one process: clean, split, extract facts and summarise every corpus article per operation.
/// LEAD-3 (clean, split, take the first three sentences) is the baseline measured in the same run.
/// Articles per second = corpus size / mean time per operation.
/// </summary>
[MemoryDiagnoser]
public class PipelineThroughputBenchmarks
{
    private IReadOnlyList<RawArticle> _corpus = [];
    private readonly ArticleFactory _factory = new();
    private readonly ExtractiveSummaryEngine _engine = new();
    private readonly FactExtractor _extractor = new();

    [GlobalSetup]
    public void Setup() => _corpus = BenchCorpus.Load();

    [Benchmark(Baseline = true)]
    public int Lead3()
    {
        int sentences = 0;
        foreach (var raw in _corpus)
            sentences += _factory.Create(raw).Sentences.Take(3).Count();
        return sentences;
    }

    [Benchmark]
    public int Extractive()
    {
        int points = 0;
        foreach (var raw in _corpus)
        {
            var article = _factory.Create(raw);
            points += _engine.Summarize(article, _extractor.Extract(article)).KeyPoints.Count;
        }
        return points;
    }
}
