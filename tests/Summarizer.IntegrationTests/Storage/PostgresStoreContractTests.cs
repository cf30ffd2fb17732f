using Npgsql;
using Summarizer.Caching;
using Summarizer.IntegrationTests.Distributed;
using Summarizer.Storage;
using Summarizer.Storage.Postgres;

namespace Summarizer.IntegrationTests.Storage;

/// <summary>The store contract on PostgreSQL, each test on a new database; plus the schema's migrations.</summary>
[Trait("Category", "Distributed")]
public sealed class PostgresStoreContractTests : StoreContractTests, IAsyncLifetime
{
    private readonly List<PostgresDatabase> _databases = [];

    protected override async Task<(ICacheStore Cache, IRunStore Runs)> CreateAsync()
    {
        var database = new PostgresDatabase(await TestServers.CreateDatabaseAsync());
        _databases.Add(database);
        return (new PostgresCacheStore(database), new PostgresRunStore(database));
    }

    [DistributedFact(postgresOnly: true)] public Task Stores_replaces_and_reads() => Stores_replaces_reads_and_counts_hits_and_misses();

    [DistributedFact(postgresOnly: true)] public Task Stats_and_clear() => Stats_count_per_stage_and_clear_removes_one_stage_or_all();

    [DistributedFact(postgresOnly: true)] public Task Parallel_use() => Parallel_writers_and_readers_of_the_same_keys_keep_one_entry_each();

    [DistributedFact(postgresOnly: true)] public Task Stage_cache() => The_stage_cache_computes_once_then_serves_the_stored_result();

    [DistributedFact(postgresOnly: true)] public Task Run_records() => A_run_keeps_the_first_outcome_of_each_article_and_lists_them_in_order();

    [DistributedFact(postgresOnly: true)]
    public async Task Processes_starting_together_apply_each_migration_once()
    {
        string connection = await TestServers.CreateDatabaseAsync();
        var starting = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(connection)).ToList();
        _databases.AddRange(starting);

        var versions = await Task.WhenAll(starting.Select(d => d.MigrateAsync(default)));

        Assert.All(versions, v => Assert.True(v >= 1));
        await using var check = new NpgsqlConnection(connection);
        await check.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM summarizer_schema", check);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
        Assert.Equal(versions[0], (int)reader.GetInt64(0));
    }

    [DistributedFact(postgresOnly: true)]
    public async Task Cache_writes_commit_asynchronously_and_run_outcomes_synchronously()
    {
        var database = new PostgresDatabase(await TestServers.CreateDatabaseAsync());
        _databases.Add(database);

        Assert.Equal("off", await SettingAsync(await database.OpenForCacheAsync(default)));
        Assert.Equal("on", await SettingAsync(await database.OpenAsync(default)));
    }

    private static async Task<string?> SettingAsync(NpgsqlConnection connection)
    {
        await using (connection)
        await using (var command = new NpgsqlCommand("SHOW synchronous_commit", connection))
            return (string?)await command.ExecuteScalarAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases) await database.DisposeAsync();
    }
}
