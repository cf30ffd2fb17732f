using Npgsql;
using Summarizer.Caching;

namespace Summarizer.Storage.Postgres;

/// <summary>
/// The stage cache in PostgreSQL, shared by every process of a deployment: each write is one statement (its own
/// transaction, committed without waiting for the disk: <see cref="PostgresDatabase.WithCacheDefaults"/>), and two
/// processes storing the same key keep one row.
/// </summary>
public sealed class PostgresCacheStore(PostgresDatabase database) : ICacheStore
{
    private long _hits, _misses;

    public async Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForCacheAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT value FROM summarizer_cache_entries WHERE stage = $1 AND key = $2", connection)
        {
            Parameters = { new() { Value = key.Stage }, new() { Value = key.Hash } },
        };
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        Interlocked.Increment(ref value is null ? ref _misses : ref _hits);
        return value;
    }

    public async Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForCacheAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO summarizer_cache_entries (stage, key, value, created_utc) VALUES ($1, $2, $3, now())
            ON CONFLICT (stage, key) DO UPDATE SET value = excluded.value, created_utc = excluded.created_utc
            """, connection)
        {
            Parameters = { new() { Value = key.Stage }, new() { Value = key.Hash }, new() { Value = json } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var perStage = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await database.OpenForCacheAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT stage, COUNT(*) FROM summarizer_cache_entries GROUP BY stage ORDER BY stage", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) perStage[reader.GetString(0)] = reader.GetInt64(1);
        await using var size = new NpgsqlCommand("SELECT pg_total_relation_size('summarizer_cache_entries')", connection);
        long bytes = (long)(await size.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
        string where = $"postgres://{connection.Host}:{connection.Port}/{connection.Database}";
        return new CacheStats(true, where, perStage, bytes, Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));
    }

    public async Task<long> ClearAsync(string? stage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForCacheAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            stage is null ? "DELETE FROM summarizer_cache_entries" : "DELETE FROM summarizer_cache_entries WHERE stage = $1", connection);
        if (stage is not null) command.Parameters.Add(new NpgsqlParameter { Value = stage });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
