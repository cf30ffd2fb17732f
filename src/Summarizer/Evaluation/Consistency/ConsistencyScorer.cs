using System.Collections.Concurrent;
using Summarizer.Articles;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Scores (article, summary) pairs through the product's own path: the article is cleaned and split as any input,
/// the summary is read as plain text by <see cref="SummaryFileVerifier"/>, and the verdict is returned. Each article
/// is built once however many summaries it has.
/// </summary>
public sealed class ConsistencyScorer(Func<SummaryFileVerifier> verifierFactory)
{
    private readonly Lazy<SummaryFileVerifier> _verifier = new(verifierFactory);

    private readonly ConcurrentDictionary<string, Article?> _articles = new(StringComparer.Ordinal);

    public ConsistencyScorer() : this(() => new SummaryFileVerifier()) { }

    /// <summary>A scorer whose verifier has no embedding model: the score then rests on the other features alone.</summary>
    public static ConsistencyScorer WithoutEmbeddings() =>
        new(() => new SummaryFileVerifier(new Facts.FactExtractor(), new SummaryVerifier(new Facts.FactExtractor(), embedder: null), new ArticleOptions()));

    /// <summary>The cleaned, split article, or null when the text is empty.</summary>
    public Article? Article(string text) => _articles.GetOrAdd(text, SummarySystems.Build);

    /// <summary>The verdict on every pair, in order, computed on all cores.</summary>
    public Verdict[] VerifyAll(IReadOnlyList<(string Article, string Summary)> pairs, CancellationToken cancellationToken = default)
    {
        var verdicts = new Verdict[pairs.Count];
        var order = ByArticle(pairs.Select(p => p.Article).ToList());
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            int i = order[k];
            var article = Article(pairs[i].Article);
            verdicts[i] = article is null
                ? new Verdict(0, [new Finding("keyPoint", pairs[i].Summary, FindingStatus.Unsupported, null, Note: "empty article")])
                : _verifier.Value.Verify(article, pairs[i].Summary);
        });
        return verdicts;
    }

    /// <summary>
    /// Row indexes with each article's rows together (first-seen order), so the verifier's per-article caches (the
    /// article's embedded pieces) hold the few articles in work rather than thrash.
    /// </summary>
    public static int[] ByArticle(IReadOnlyList<string> articleOfRow)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < articleOfRow.Count; i++) first.TryAdd(articleOfRow[i], i);
        return [.. Enumerable.Range(0, articleOfRow.Count).OrderBy(i => first[articleOfRow[i]]).ThenBy(i => i)];
    }
}
