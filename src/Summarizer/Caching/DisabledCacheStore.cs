namespace Summarizer.Caching;

/// <summary>The store used when <c>Summarizer:Cache:Enabled</c> is false: remembers nothing, counts misses.</summary>
public sealed class DisabledCacheStore : ICacheStore
{
    private long _misses;

    public Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _misses);
        return Task.FromResult<string?>(null);
    }

    public Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new CacheStats(false, "", new Dictionary<string, long>(), 0, 0, Interlocked.Read(ref _misses)));

    public Task<long> ClearAsync(string? stage, CancellationToken cancellationToken) => Task.FromResult(0L);
}
