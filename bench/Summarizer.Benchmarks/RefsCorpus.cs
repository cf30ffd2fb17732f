using Summarizer.Articles;
using Summarizer.Articles.Reading;

/// <summary>
/// The 499 articles of the FRANK references file as JSON Lines bytes held in memory (so disk I/O is not measured):
/// SUMMARIZER_REFS names the file, else <c>../shared/eval-data/frank/refs.jsonl</c> beside the repository.
/// </summary>
public static class RefsCorpus
{
    public static string Path =>
        Environment.GetEnvironmentVariable("SUMMARIZER_REFS") is { Length: > 0 } path
            ? path
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(Summarizer.Testing.SeedArticles.RepoRoot, "..", "shared", "eval-data", "frank", "refs.jsonl"));

    public static byte[] LoadBytes() =>
        File.Exists(Path) ? File.ReadAllBytes(Path) : throw new FileNotFoundException($"the references file is not at {Path}; set SUMMARIZER_REFS", Path);

    /// <summary>The articles in the bytes, read as <c>summarizer run</c> reads a .jsonl file.</summary>
    public static IReadOnlyList<RawArticle> Read(ArticleFileReader reader, byte[] bytes) =>
        reader.Parse("refs.jsonl", ".jsonl", bytes, long.MaxValue).Select(o => o.Article!).ToList();
}
