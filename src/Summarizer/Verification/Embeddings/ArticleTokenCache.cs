using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Text.Embeddings;

namespace Summarizer.Verification.Embeddings;

/// <summary>
/// The article piece vectors of the most recently verified articles (keyed by model, article id and text), so every
/// further summary of one article pays only for its own sentences. Bounded by count, least recently used first out;
/// concurrent requests for one article embed it once.
/// </summary>
internal sealed class ArticleTokenCache(int capacity)
{
    /// <summary>About 1 MB per news article; 32 covers a run that verifies several summaries per article, in turn.</summary>
    public static ArticleTokenCache Shared { get; } = new(32);

    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<ArticleTokenMatrix> Matrix)>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Lazy<ArticleTokenMatrix> Matrix)> _recent = new();
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _index.Count; } }

    public ArticleTokenMatrix For(Article article, ITokenEmbedder embedder)
    {
        string key = embedder.ModelId + "\n" + article.Id + "\n" + CacheKey.HashOf(article.Text);
        Lazy<ArticleTokenMatrix> matrix;
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node)) _recent.Remove(node);
            else
            {
                node = new((key, new Lazy<ArticleTokenMatrix>(() => new ArticleTokenMatrix(article, embedder))));
                _index[key] = node;
                if (_index.Count > capacity)
                {
                    _index.Remove(_recent.Last!.Value.Key);
                    _recent.RemoveLast();
                }
            }
            _recent.AddFirst(node);
            matrix = node.Value.Matrix;
        }
        return matrix.Value;
    }
}
