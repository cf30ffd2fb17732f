using Microsoft.Data.Sqlite;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Storage;
using Summarizer.Storage.Sqlite;

namespace Summarizer.IntegrationTests.Storage;

/// <summary>The store contract on SQLite, the default provider (no server).</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-store-").FullName;
    private readonly List<SqliteCacheStore> _stores = [];

    protected override Task<(ICacheStore Cache, IRunStore Runs)> CreateAsync()
    {
        string path = Path.Combine(_folder, Guid.NewGuid().ToString("N"), "cache.db");
        var cache = new SqliteCacheStore(path);
        _stores.Add(cache);
        return Task.FromResult<(ICacheStore, IRunStore)>((cache, new SqliteRunStore(path)));
    }

    [Fact] public Task Stores_replaces_and_reads() => Stores_replaces_reads_and_counts_hits_and_misses();

    [Fact] public Task Stats_and_clear() => Stats_count_per_stage_and_clear_removes_one_stage_or_all();

    [Fact] public Task Parallel_use() => Parallel_writers_and_readers_of_the_same_keys_keep_one_entry_each();

    [Fact] public Task Stage_cache() => The_stage_cache_computes_once_then_serves_the_stored_result();

    [Fact] public Task Run_records() => A_run_keeps_the_first_outcome_of_each_article_and_lists_them_in_order();

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
