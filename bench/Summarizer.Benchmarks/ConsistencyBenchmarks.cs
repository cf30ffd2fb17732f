using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Text.Embeddings;
using Summarizer.Verification;

/// <summary>
/// Fact extraction plus verification of one CNN/DM article of the FRANK refs file (the "under 5 ms median"),
/// for the extractive engine's structured summary and for a model's lower-cased summary of the same article from
/// the pairs file, read as plain text as <c>summarizer verify</c> reads it. Each call verifies a fresh copy of the
/// article, so the per-article alignment index is built inside the measurement. Cleaning and splitting the article
/// is the baseline in the same run. The WordNet lexicon is loaded once in setup (a one-time cost per process).
/// The model's summary is rewritten text, so it runs the embedding model (all-MiniLM): with the article's pieces
/// already embedded (a second summary of one article; <c>ExtractAndVerifyModelText</c>), with the article new to the
/// process (<c>…FirstTime</c>: every article sentence embedded), and without the model (<c>…WithoutEmbeddings</c>, the
/// cost before it). <c>LoadEmbeddingModel</c> is the model's one-time load per process. The extractive summary runs
/// no model (its sentences are copied).
/// Data: <c>../shared/eval-data/frank</c> beside the repository, or the folder in SUMMARIZER_FRANK.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class ConsistencyBenchmarks
{
    private readonly FactExtractor _extractor = new();
    private readonly SummaryVerifier _verifier = new();
    private readonly SummaryVerifier _withoutEmbeddings = new(new FactExtractor(), embedder: null);
    private List<(RawArticle Raw, Article Article, StructuredSummary Extractive, string ModelSummary)> _items = [];

    [ParamsSource(nameof(Indexes))]
    public int Index { get; set; }

    public static IEnumerable<int> Indexes() => Enumerable.Range(0, 5);

    [GlobalSetup]
    public void Setup()
    {
        string frank = Environment.GetEnvironmentVariable("SUMMARIZER_FRANK")
            ?? Path.Combine(Summarizer.Testing.SeedArticles.RepoRoot, "..", "shared", "eval-data", "frank");
        var summaries = File.ReadLines(Path.Combine(frank, "pairs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(e => e.GetProperty("articleId").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("summary").GetString()!);
        var factory = new ArticleFactory();
        var engine = new ExtractiveSummaryEngine();
        // The first CNN/DM test articles of the file, in file order.
        _items = File.ReadLines(Path.Combine(frank, "refs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("dataset").GetString() == "cnndm" && e.GetProperty("split").GetString() == "test")
            .Take(Indexes().Count())
            .Select(e =>
            {
                var raw = new RawArticle(e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!);
                var article = factory.Create(raw);
                return (raw, article, engine.Summarize(article, _extractor.Extract(article)), summaries[raw.Source]);
            }).ToList();
        _ = _verifier.VerifyText(_items[0].Article, _extractor.Extract(_items[0].Article), _items[0].ModelSummary);
    }

    [Benchmark(Baseline = true)]
    public int CleanAndSplit() => new ArticleFactory().Create(_items[Index].Raw).Sentences.Count;

    [Benchmark]
    public int ExtractAndVerifyExtractive()
    {
        var article = _items[Index].Article with { };
        return _verifier.Verify(article, _extractor.Extract(article), _items[Index].Extractive).Findings.Count;
    }

    [Benchmark]
    public int ExtractAndVerifyModelText()
    {
        var article = _items[Index].Article with { };
        return _verifier.VerifyText(article, _extractor.Extract(article), _items[Index].ModelSummary).Findings.Count;
    }

    [Benchmark]
    public int ExtractAndVerifyModelTextFirstTime()
    {
        // A new id: the article's pieces are not in the verifier's cache, so all its sentences are embedded.
        var article = _items[Index].Article with { Id = Guid.NewGuid().ToString("N") };
        return _verifier.VerifyText(article, _extractor.Extract(article), _items[Index].ModelSummary).Findings.Count;
    }

    [Benchmark]
    public int ExtractAndVerifyModelTextWithoutEmbeddings()
    {
        var article = _items[Index].Article with { };
        return _withoutEmbeddings.VerifyText(article, _extractor.Extract(article), _items[Index].ModelSummary).Findings.Count;
    }

    [Benchmark]
    public int LoadEmbeddingModel()
    {
        using var model = new MiniLmModel();
        return model.Run(model.Tokenize(["x"])).Length;
    }
}
