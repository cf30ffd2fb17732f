using Summarizer.Articles;

namespace Summarizer.Tests.Comparisons;

/// <summary>Synthetic articles for comparison tests: each with an outlet, so positions can be told apart.</summary>
internal static class TestArticles
{
    public static Article Make(string text, string? outlet = null, string? title = null) =>
        new ArticleFactory(new ArticleOptions { MinTextLength = 1 })
            .Create(new RawArticle($"{outlet ?? "test"}.txt", text, Title: title, Outlet: outlet));
}
