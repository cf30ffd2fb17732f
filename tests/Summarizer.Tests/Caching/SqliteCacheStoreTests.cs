using Microsoft.Data.Sqlite;
using Summarizer.Caching;

namespace Summarizer.Tests.Caching;

public sealed class SqliteCacheStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CacheKey Key(string stage, string content) => CacheKey.Of(stage, ("content", content));

    [Fact]
    public async Task Stores_reads_and_counts_hits_and_misses()
    {
        using var store = new SqliteCacheStore(_folder.File("sub/cache.db"));
        Assert.Null(await store.GetAsync(Key("summary", "a"), default));
        await store.SetAsync(Key("summary", "a"), """{"x":1}""", default);
        await store.SetAsync(Key("summary", "a"), """{"x":2}""", default);
        Assert.Equal("""{"x":2}""", await store.GetAsync(Key("summary", "a"), default));

        var stats = await store.GetStatsAsync(default);
        Assert.Equal((1, 1, 1L), (stats.Hits, stats.Misses, stats.Entries));
        Assert.True(stats.SizeBytes > 0);
    }

    [Fact]
    public async Task Survives_a_new_store_on_the_same_file_and_uses_wal()
    {
        string path = _folder.File("cache.db");
        using (var first = new SqliteCacheStore(path)) await first.SetAsync(Key("summary", "a"), "1", default);
        using var second = new SqliteCacheStore(path);
        Assert.Equal("1", await second.GetAsync(Key("summary", "a"), default));

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task Stats_count_per_stage_and_clear_removes_one_stage_or_all()
    {
        using var store = new SqliteCacheStore(_folder.File("cache.db"));
        foreach (var content in new[] { "a", "b", "c" }) await store.SetAsync(Key("summary", content), "{}", default);
        await store.SetAsync(Key("facts", "a"), "{}", default);
        var stats = await store.GetStatsAsync(default);
        Assert.Equal(3, stats.EntriesPerStage["summary"]);
        Assert.Equal(1, stats.EntriesPerStage["facts"]);

        Assert.Equal(1, await store.ClearAsync("facts", default));
        Assert.False((await store.GetStatsAsync(default)).EntriesPerStage.ContainsKey("facts"));
        Assert.Equal(3, await store.ClearAsync(null, default));
        Assert.Equal(0, (await store.GetStatsAsync(default)).Entries);
    }

    [Fact]
    public async Task Parallel_writers_and_readers_do_not_fail()
    {
        using var store = new SqliteCacheStore(_folder.File("cache.db"));
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await store.SetAsync(Key("summary", (i % 50).ToString()), i.ToString(), ct);
            Assert.NotNull(await store.GetAsync(Key("summary", (i % 50).ToString()), ct));
        });
        Assert.Equal(50, (await store.GetStatsAsync(default)).Entries);
    }

    [Fact]
    public async Task Disabled_store_remembers_nothing()
    {
        var store = new DisabledCacheStore();
        await store.SetAsync(Key("summary", "a"), "{}", default);
        Assert.Null(await store.GetAsync(Key("summary", "a"), default));
        Assert.False((await store.GetStatsAsync(default)).Enabled);
    }

    public void Dispose() => _folder.Dispose();
}
