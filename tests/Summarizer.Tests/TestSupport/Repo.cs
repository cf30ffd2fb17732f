using Summarizer.Articles;

namespace Summarizer.Tests.TestSupport;

/// <summary>Paths into the repository (seeds, prompts) and article builders for tests.</summary>
internal static class Repo
{
    public static string Root => Summarizer.Testing.SeedArticles.RepoRoot;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    /// <summary>Copies the first <paramref name="count"/> seed files (all when null) into <paramref name="folder"/>.</summary>
    public static void CopySeedsTo(string folder, int? count = null)
    {
        foreach (var seed in SeedFiles.Take(count ?? int.MaxValue)) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
    }

    public static Article Seed(int index) => FromFile(SeedFiles.ElementAt(index));

    public static Article FromFile(string path) =>
        new ArticleFactory().Create(new RawArticle(path, File.ReadAllText(path), TitleInBody: true));

    public static Article FromText(string text, string? title = null) =>
        new ArticleFactory(new ArticleOptions { MinTextLength = 1 }).Create(new RawArticle("test", text, Title: title));

}
