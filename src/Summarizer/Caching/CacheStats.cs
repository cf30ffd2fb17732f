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

    /// <summary>Bytes of stored results (the file is somewhat larger: pages, indexes, the write-ahead log).</summary>
    public long ContentBytes { get; init; }

    /// <summary>The cap on <see cref="ContentBytes"/>, or null when there is none.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>Entries removed, least recently used first, to stay under the cap (since the file was created).</summary>
    public long Evictions { get; init; }
}
