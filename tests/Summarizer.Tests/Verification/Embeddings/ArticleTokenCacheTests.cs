using Summarizer.Verification.Embeddings;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification.Embeddings;

public class ArticleTokenCacheTests
{
    private static Summarizer.Articles.Article Of(string meeting) => FromText($"{meeting} in the town hall on Monday. They agreed on a plan for the harbour.");

    [Fact]
    public void The_least_recently_used_article_leaves_first_when_the_bound_is_reached()
    {
        var embedder = new WordEmbedder();
        var cache = new ArticleTokenCache(2);
        var (a, b, c) = (Of("Alpha met Beta"), Of("Gamma met Delta"), Of("Epsilon met Zeta"));

        cache.For(a, embedder);
        cache.For(b, embedder);
        cache.For(a, embedder); // a is now the most recent: b leaves when c comes
        cache.For(c, embedder);
        int before = embedder.Texts;
        cache.For(a, embedder);
        Assert.Equal(before, embedder.Texts);
        cache.For(b, embedder);

        Assert.Equal(2, cache.Count);
        Assert.Equal(before + b.Sentences.Count, embedder.Texts);
    }

    [Fact]
    public void An_article_whose_text_changed_under_the_same_id_is_embedded_again()
    {
        var embedder = new WordEmbedder();
        var cache = new ArticleTokenCache(4);
        var first = Of("Alpha met Beta");
        var second = first with { Text = first.Text.Replace("Beta", "Gamma") };

        var one = cache.For(first, embedder);
        var two = cache.For(second, embedder);

        Assert.NotSame(one, two);
        Assert.Equal(2, cache.Count);
    }
}
