using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Summarizer.Articles;
using Summarizer.Text.Embeddings;

/// <summary>
/// What the embedding model costs an article new to the process (every sentence's word pieces embedded once, as the
/// verifier does for a rewritten summary), by texts per model run: the first 20 CNN/DM articles of the FRANK
/// references file (<see cref="RefsCorpus"/>). A run is padded to its longest text, so large batches pay for padding
/// and a batch of one pays the per-run overhead every sentence; 32 (the size before 2026-12-01) is the baseline.
/// </summary>
public class EmbeddingBatchBenchmarks
{
    private List<List<string>> _articles = [];
    private MiniLmSentenceEmbedder _embedder = null!;

    [Params(1, 4, 8, 16, 32)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var factory = new ArticleFactory();
        _articles = File.ReadLines(RefsCorpus.Path).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("dataset").GetString() == "cnndm")
            .Take(20)
            .Select(e => factory.Create(new RawArticle(e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!)))
            .Select(article => article.Sentences.Select(s => s.Text).ToList())
            .ToList();
        _embedder = new MiniLmSentenceEmbedder(BatchSize);
        _embedder.EmbedTokens(["warm the model up"]);
    }

    [Benchmark(Description = "EmbedArticleSentences")]
    public int EmbedArticleSentences()
    {
        int pieces = 0;
        foreach (var sentences in _articles) pieces += _embedder.EmbedTokens(sentences).Sum(t => t.Pieces.Count);
        return pieces;
    }
}
