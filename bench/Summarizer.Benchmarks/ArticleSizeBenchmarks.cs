using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

/// <summary>
/// How each stage's time grows with the article's length: one long article made of distinct real articles
/// (<see cref="BenchCorpus"/>, set SUMMARIZER_BENCH_CORPUS to the eval refs for realistic text) cut to 10 KB, 100 KB,
/// 1 MB and 2 MB (the default input limit). Linear stages take ~10× longer per 10× the text; the ratios between sizes,
/// read off one run, are the figure.
/// </summary>
public class ArticleSizeBenchmarks
{
    private readonly FactExtractor _extractor = new();
    private readonly SummaryVerifier _verifier = new();
    private readonly ExtractiveSummaryEngine _engine = new();
    private readonly ArticleFactory _factory = new(new ArticleOptions { MaxArticleBytes = long.MaxValue });
    private RawArticle _raw = null!;
    private Article _article = null!;
    private FactSheet _facts = null!;
    private StructuredSummary _summary = null!;

    [Params(10, 100, 1000, 2000)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new System.Text.StringBuilder();
        var corpus = BenchCorpus.Load(int.MaxValue);
        for (int i = 0; text.Length < Kilobytes * 1024; i++)
        {
            // Past the end of the corpus, articles come round again with their sentences numbered, so no two are alike.
            string body = corpus[i % corpus.Count].Body;
            text.Append(i < corpus.Count ? body : $"Update {i / corpus.Count}: " + body).Append("\n\n");
        }
        _raw = new RawArticle("long", text.ToString(0, Kilobytes * 1024));
        _article = _factory.Create(_raw);
        _facts = _extractor.Extract(_article);
        _summary = _engine.Summarize(_article, _facts);
    }

    [Benchmark]
    public int CleanAndSplit() => _factory.Create(_raw).Sentences.Count;

    [Benchmark]
    public int Facts() => _extractor.Extract(_article).Quantities.Count;

    [Benchmark]
    public int Summary() => _engine.Summarize(_article, _facts).KeyPoints.Count;

    [Benchmark]
    public int Verify() => _verifier.Verify(_article, _facts, _summary).Findings.Count;
}
