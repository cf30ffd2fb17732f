namespace Summarizer.Caching;

/// <summary>A lasting key/value store of stage results (JSON text), safe to use from many threads.</summary>
public interface ICacheStore
{
    /// <summary>The stored JSON for <paramref name="key"/>, or null; counts a hit or a miss.</summary>
    Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) the JSON for <paramref name="key"/> in one short transaction.</summary>
    Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken);

    Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every entry, or only those of <paramref name="stage"/>; returns how many were removed.</summary>
    Task<long> ClearAsync(string? stage, CancellationToken cancellationToken);
}
