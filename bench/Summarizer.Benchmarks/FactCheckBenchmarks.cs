using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

/// <summary>
/// Fact extraction plus verification of one article, per article of the corpus (the "under 5 ms median"
/// figure is for one CNN/DM-sized article). Building the article (clean + split) is the baseline in the same run.
/// </summary>
public class FactCheckBenchmarks
{
    private readonly FactExtractor _extractor = new();
    private readonly SummaryVerifier _verifier = new();
    private List<(RawArticle Raw, Article Article, StructuredSummary Summary)> _items = [];

    [ParamsSource(nameof(Indexes))]
    public int Index { get; set; }

    public static IEnumerable<int> Indexes() => Enumerable.Range(0, Math.Min(5, BenchCorpus.Load().Count));

    [GlobalSetup]
    public void Setup()
    {
        var factory = new ArticleFactory();
        var engine = new ExtractiveSummaryEngine();
        _items = BenchCorpus.Load().Select(raw =>
        {
            var article = factory.Create(raw);
            return (raw, article, engine.Summarize(article, _extractor.Extract(article)));
        }).ToList();
    }

    [Benchmark(Baseline = true)]
    public int CleanAndSplit() => new ArticleFactory().Create(_items[Index].Raw).Sentences.Count;

    [Benchmark]
    public int ExtractAndVerify()
    {
        var (_, article, summary) = _items[Index];
        return _verifier.Verify(article, _extractor.Extract(article), summary).Findings.Count;
    }
}
