using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Facts;

namespace Summarizer.Pipeline.Stages;

/// <summary>
/// Facts of an article, through the stage cache. A FactSheet depends only on the clean text (the article id), the
/// sentence splitting that numbers its sentences, and the extraction rules.
/// </summary>
public sealed class FactsStage(IFactExtractor extractor, StageCache cache)
{
    public const string Stage = "facts";

    public Task<Cached<FactSheet>> GetAsync(Article article, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync(KeyFor(article), _ => Task.FromResult(extractor.Extract(article)), cancellationToken);

    /// <summary>The key of <paramref name="article"/>'s facts: everything that produced them.</summary>
    public CacheKey KeyFor(Article article) => CacheKey.Of(Stage,
        ("article", article.Id),
        ("splitter", CacheKey.Invariant(ArticleFactory.RulesVersion)),
        ("extractor", extractor.Version));
}
