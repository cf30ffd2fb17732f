using Summarizer.Articles;
using Summarizer.Articles.Reading;

namespace Summarizer.Testing;

/// <summary>The repository's five seed articles, and any number of distinct variants of them for load tests.</summary>
public static class SeedArticles
{
    /// <summary>The repository root (the folder holding <c>Summarizer.sln</c>), found upwards from the running assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The <c>seeds/</c> folder.</summary>
    public static string Folder => Path.Combine(RepoRoot, "seeds");

    /// <summary>The <c>prompts/</c> folder.</summary>
    public static string Prompts => Path.Combine(RepoRoot, "prompts");

    /// <summary>The seeds as the pipeline reads them.</summary>
    public static IReadOnlyList<RawArticle> Load()
    {
        var reader = new ArticleFileReader(new ArticleOptions());
        return ArticleFileReader.ExpandInputs([Folder], out _)
            .SelectMany(f => reader.ReadFileAsync(f, CancellationToken.None).GetAwaiter().GetResult())
            .Select(o => o.Article ?? throw new InvalidOperationException($"{o.Source}: {o.Error}"))
            .ToList();
    }

    /// <summary>
    /// <paramref name="count"/> distinct articles: the seeds in turn, each opened by a sentence unique to its variant,
    /// so content hashes (ids, cache keys) all differ. The title is taken out of the body first, so it stays the title.
    /// </summary>
    public static IReadOnlyList<RawArticle> Variants(int count)
    {
        var seeds = Load();
        return Enumerable.Range(0, count).Select(i => Variant(seeds[i % seeds.Count], i)).ToList();
    }

    /// <summary>The unique opening sentence of variant <paramref name="index"/>: no figures, names or places to check.</summary>
    public static string OpeningSentence(int index) => $"This copy was filed by the overnight desk under reference {Code(index)}.";

    /// <summary>
    /// Writes <paramref name="count"/> variants, after the first <paramref name="skip"/>, into <paramref name="folder"/>
    /// as <c>.txt</c> files named <paramref name="prefix"/> and a number (title on the first line).
    /// </summary>
    public static void WriteVariants(string folder, int count, int skip = 0, string prefix = "")
    {
        Directory.CreateDirectory(folder);
        foreach (var (raw, i) in Variants(skip + count).Skip(skip).Select((r, i) => (r, i)))
            File.WriteAllText(Path.Combine(folder, $"{prefix}{i:D4}.txt"), $"{raw.Title}\n{raw.Body}");
    }

    private static RawArticle Variant(RawArticle seed, int index)
    {
        var (title, body) = (seed.Title, seed.Body.TrimStart('\uFEFF', '\r', '\n'));
        if (seed.TitleInBody)
        {
            var end = body.IndexOf('\n');
            (title, body) = (body[..Math.Max(0, end)].Trim(), body[(end + 1)..]);
        }
        return seed with { Source = $"{seed.Source}#{index}", Title = title, Body = OpeningSentence(index) + "\n" + body, TitleInBody = false };
    }

    private static string Code(int index)
    {
        var letters = new char[3];
        for (var i = 2; i >= 0; i--, index /= 26) letters[i] = (char)('a' + index % 26);
        return new string(letters);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
        throw new InvalidOperationException("Summarizer.sln not found above " + AppContext.BaseDirectory);
    }
}
