using System.Text.Json;

namespace Summarizer.IntegrationTests.Distributed;

/// <summary>What two runs wrote, for comparing a distributed run with a single-process one.</summary>
internal static class RunOutputs
{
    /// <summary>Every summary and story file of a run folder, by relative path (run.json and report.md aside).</summary>
    public static SortedDictionary<string, string> Files(string folder) => new(
        Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "run.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);

    /// <summary>The run's items without what differs between any two runs (timings, which stages hit the cache).</summary>
    public static List<string> Items(string folder)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        return run.RootElement.GetProperty("items").EnumerateArray().Select(item =>
        {
            var fields = item.EnumerateObject().Where(p => p.Name is not ("milliseconds" or "cachedStages"));
            return string.Join("|", fields.Select(p => $"{p.Name}={p.Value.GetRawText()}"));
        }).ToList();
    }

    /// <summary>The items of run.json as (source, error) pairs.</summary>
    public static List<(string Source, string? Error, string? Headline)> Outcomes(string folder)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        return run.RootElement.GetProperty("items").EnumerateArray().Select(i => (
            i.GetProperty("source").GetString()!,
            i.TryGetProperty("error", out var e) ? e.GetString() : null,
            i.TryGetProperty("headline", out var h) ? h.GetString() : null)).ToList();
    }
}
