using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Tests.Facts;

/// <summary>Builds articles from the seed files and from sentences written in a test.</summary>
internal static class TestArticles
{
    public static Article Seed(string prefix)
    {
        var path = Directory.GetFiles(Summarizer.Testing.SeedArticles.Folder, prefix + "_*").Single();
        return new ArticleFactory().Create(new RawArticle(path, File.ReadAllText(path), TitleInBody: true));
    }

    public static IEnumerable<string> SeedPrefixes => ["000", "001", "002", "003", "004"];

    public static Article FromText(string text) => new ArticleFactory().Create(new RawArticle("test.txt", text));

    public static FactSheet FactsOf(Article article) => new FactExtractor().Extract(article);

    public static FactSheet FactsOf(string text) => FactsOf(FromText(text));

    /// <summary>Id of the sentence holding <paramref name="fragment"/>; fails the test when there is none.</summary>
    public static int SentenceWith(Article article, string fragment) =>
        article.Sentences.Single(s => s.Text.Contains(fragment, StringComparison.Ordinal)).Id;
}
