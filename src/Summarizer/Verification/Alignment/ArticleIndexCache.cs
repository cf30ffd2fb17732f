using System.Runtime.CompilerServices;
using Summarizer.Articles;

namespace Summarizer.Verification.Alignment;

/// <summary>One <see cref="ArticleIndex"/> per article instance, however many summaries of it are verified; freed with the article.</summary>
internal static class ArticleIndexCache
{
    private static readonly ConditionalWeakTable<Article, ArticleIndex> Indexes = [];

    public static ArticleIndex For(Article article) => Indexes.GetValue(article, a => new ArticleIndex(a));
}
