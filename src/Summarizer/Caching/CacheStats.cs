namespace Summarizer.Caching;

/// <summary>What the cache holds and how it served this process.</summary>
public sealed record CacheStats(
    bool Enabled,
    string Path,
    IReadOnlyDictionary<string, long> EntriesPerStage,
    long SizeBytes,
    long Hits,
    long Misses)
{
    public long Entries => EntriesPerStage.Values.Sum();
}
