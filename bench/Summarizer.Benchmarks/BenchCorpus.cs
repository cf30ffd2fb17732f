using Summarizer.Articles;

/// <summary>
/// The articles benchmarks run over: the JSON Lines corpus named by SUMMARIZER_BENCH_CORPUS (e.g. the eval refs file,
/// its first 200 articles), or else the seed articles. Raw bodies are kept in memory so file I/O is not measured.
/// </summary>
public static class BenchCorpus
{
    public static IReadOnlyList<RawArticle> Load(int limit = 200)
    {
        string? corpus = Environment.GetEnvironmentVariable("SUMMARIZER_BENCH_CORPUS");
        if (!string.IsNullOrEmpty(corpus) && File.Exists(corpus))
            return File.ReadLines(corpus).Take(limit)
                .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
                .Select(e => e.TryGetProperty("article", out var a) ? a.GetString() : e.GetProperty("text").GetString())
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select((t, i) => new RawArticle($"corpus#{i}", t!))
                .ToList();
        return Summarizer.Testing.SeedArticles.Load();
    }
}
