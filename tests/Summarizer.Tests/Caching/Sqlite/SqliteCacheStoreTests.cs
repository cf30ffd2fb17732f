using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;

namespace Summarizer.Tests.Caching.Sqlite;

/// <summary>
/// What only the SQLite file does (WAL, eviction, migration); the get/set/stats/clear contract every store keeps runs
/// against SQLite in <c>SqliteStoreContractTests</c> (integration tests).
/// </summary>
public sealed class SqliteCacheStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CacheKey Key(string stage, string content) => CacheKey.Of(stage, ("content", content));

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
    public async Task Disabled_store_remembers_nothing()
    {
        var store = new DisabledCacheStore();
        await store.SetAsync(Key("summary", "a"), "{}", default);
        Assert.Null(await store.GetAsync(Key("summary", "a"), default));
        Assert.False((await store.GetStatsAsync(default)).Enabled);
    }

    [Fact]
    public async Task Past_the_cap_the_least_recently_used_entries_go_first()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        string value = new('x', 1000);
        using var store = new SqliteCacheStore(_folder.File("cache.db"), maxBytes: 3500, clock);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await store.SetAsync(Key("summary", name), value, default);
            clock.Advance(TimeSpan.FromMinutes(2));
        }
        Assert.NotNull(await store.GetAsync(Key("summary", "a"), default)); // a is now the most recently used
        clock.Advance(TimeSpan.FromMinutes(2));

        await store.SetAsync(Key("summary", "d"), value, default);

        // 4,000 bytes against a 3,500 cap: getting back under nine tenths (3,150) takes one entry, the least recently used: b.
        Assert.Null(await store.GetAsync(Key("summary", "b"), default));
        Assert.NotNull(await store.GetAsync(Key("summary", "c"), default));
        Assert.NotNull(await store.GetAsync(Key("summary", "a"), default));
        Assert.NotNull(await store.GetAsync(Key("summary", "d"), default));
        var stats = await store.GetStatsAsync(default);
        Assert.Equal((3000L, 1L, 3L, (long?)3500), (stats.ContentBytes, stats.Evictions, stats.Entries, stats.MaxBytes));
    }

    [Fact]
    public async Task Replacing_and_clearing_keep_the_content_total_right()
    {
        using var store = new SqliteCacheStore(_folder.File("cache.db"));
        await store.SetAsync(Key("summary", "a"), new string('x', 100), default);
        await store.SetAsync(Key("summary", "a"), new string('x', 40), default);
        await store.SetAsync(Key("facts", "a"), "é", default);
        Assert.Equal(42, (await store.GetStatsAsync(default)).ContentBytes);

        await store.ClearAsync("summary", default);

        Assert.Equal(2, (await store.GetStatsAsync(default)).ContentBytes);
    }

    [Fact]
    public async Task A_cache_file_from_before_eviction_is_brought_up_to_date_and_kept()
    {
        string path = _folder.File("old.db");
        string hash = Key("summary", "a").Hash;
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE entries (stage TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, created_utc TEXT NOT NULL, " +
                "PRIMARY KEY (stage, key)) WITHOUT ROWID; " +
                $"INSERT INTO entries VALUES ('summary', '{hash}', '{{\"x\":1}}', '2026-01-01T00:00:00Z');";
            await command.ExecuteNonQueryAsync();
        }

        using var store = new SqliteCacheStore(path, maxBytes: 1_000_000);

        Assert.Equal("{\"x\":1}", await store.GetAsync(Key("summary", "a"), default));
        Assert.Equal(7, (await store.GetStatsAsync(default)).ContentBytes);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
