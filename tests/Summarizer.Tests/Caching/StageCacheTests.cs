using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;

namespace Summarizer.Tests.Caching;

public sealed class StageCacheTests : IDisposable
{
    private static readonly CacheKey Key = CacheKey.Of("test", ("input", "a"));
    private readonly TempStageCache _temp = new();
    private int _produced;

    private StageCache Cache => _temp.Cache;

    private SqliteCacheStore Store => _temp.Store;

    public void Dispose() => _temp.Dispose();

    private Task<Sample> Produce(CancellationToken _) => Task.FromResult(new Sample($"value {Interlocked.Increment(ref _produced)}"));

    [Fact]
    public async Task A_second_lookup_reads_the_stored_result_back()
    {
        var first = await Cache.GetOrAddAsync(Key, Produce, default);
        var second = await Cache.GetOrAddAsync(Key, Produce, default);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(new Sample("value 1"), second.Value);
        Assert.Equal(1, _produced);
    }

    [Fact]
    public async Task A_result_the_stage_does_not_keep_is_produced_again()
    {
        await Cache.GetOrAddAsync(Key, Produce, default, keep: _ => false);
        var second = await Cache.GetOrAddAsync(Key, Produce, default, keep: _ => false);

        Assert.False(second.FromCache);
        Assert.Equal(new Sample("value 2"), second.Value);
    }

    [Fact]
    public async Task A_damaged_entry_is_recomputed_and_overwritten()
    {
        await Store.SetAsync(Key, "{not json", default);

        var read = await Cache.GetOrAddAsync(Key, Produce, default);

        Assert.False(read.FromCache);
        Assert.Equal("{\"text\":\"value 1\"}", await Store.GetAsync(Key, default));
    }

    [Fact]
    public async Task A_failing_store_only_costs_the_cache()
    {
        var broken = new StageCache(new ThrowingStore(), NullLogger<StageCache>.Instance);

        var read = await broken.GetOrAddAsync(Key, Produce, default);

        Assert.Equal(new Sample("value 1"), read.Value);
        Assert.Null(await broken.TryGetJsonAsync(Key, default));
    }

    [Fact]
    public async Task With_the_cache_off_every_lookup_produces()
    {
        var off = new StageCache(new DisabledCacheStore(), NullLogger<StageCache>.Instance);

        await off.GetOrAddAsync(Key, Produce, default);
        var second = await off.GetOrAddAsync(Key, Produce, default);

        Assert.False(second.FromCache);
        Assert.Equal(2, _produced);
    }

    private sealed record Sample(string Text);

    private sealed class ThrowingStore : ICacheStore
    {
        public Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken) => throw new IOException("disk gone");
        public Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken) => throw new IOException("disk gone");
        public Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken) => throw new IOException("disk gone");
        public Task<long> ClearAsync(string? stage, CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}
