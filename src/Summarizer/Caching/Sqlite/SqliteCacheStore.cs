using Microsoft.Data.Sqlite;
using Summarizer.Storage.Sqlite;

namespace Summarizer.Caching.Sqlite;

/// <summary>
/// The cache in one SQLite file in WAL mode. Every write is one short transaction, so a process killed mid-write
/// leaves the database at its last commit; readers never wait for writers. Connections are pooled, one per call. With a
/// cap (<see cref="CacheOptions.MaxMegabytes"/>), the least recently used entries are evicted as writes push past it.
/// </summary>
public sealed class SqliteCacheStore : ICacheStore, IDisposable
{
    // A read marks an entry used at most once a minute: recency to the minute is plenty for eviction, and most reads stay reads.
    private const long TouchEveryMilliseconds = 60_000;

    private readonly SqliteDatabase _database;
    private readonly long? _maxBytes;
    private readonly TimeProvider _time;
    private long _hits, _misses;

    /// <param name="path">The database file; created with its folder when missing.</param>
    /// <param name="maxBytes">Cap on the stored content, or null for none.</param>
    /// <param name="time">The clock of last use (tests pass a fake one).</param>
    public SqliteCacheStore(string path, long? maxBytes = null, TimeProvider? time = null)
    {
        _database = new SqliteDatabase(path, SqliteCacheSchema.EnsureAsync);
        _maxBytes = maxBytes;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path => _database.Path;

    public async Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, last_used FROM entries WHERE stage = $stage AND key = $key";
        command.Parameters.AddWithValue("$stage", key.Stage);
        command.Parameters.AddWithValue("$key", key.Hash);
        string? value = null;
        long lastUsed = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            if (await reader.ReadAsync(cancellationToken)) (value, lastUsed) = (reader.GetString(0), reader.GetInt64(1));
        Interlocked.Increment(ref value is null ? ref _misses : ref _hits);
        long now = Now;
        if (value is not null && now - lastUsed >= TouchEveryMilliseconds)
        {
            command.CommandText = "UPDATE entries SET last_used = $now WHERE stage = $stage AND key = $key";
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return value;
    }

    public async Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$stage", key.Stage);
        command.Parameters.AddWithValue("$key", key.Hash);
        command.CommandText = "SELECT size FROM entries WHERE stage = $stage AND key = $key";
        long previous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        long size = System.Text.Encoding.UTF8.GetByteCount(json);
        command.CommandText = """
            INSERT INTO entries (stage, key, value, created_utc, last_used, size) VALUES ($stage, $key, $value, $created, $now, $size)
            ON CONFLICT (stage, key) DO UPDATE SET value = excluded.value, created_utc = excluded.created_utc,
                last_used = excluded.last_used, size = excluded.size;
            UPDATE cache_meta SET value = value + $delta WHERE name = 'bytes';
            """;
        command.Parameters.AddWithValue("$value", json);
        command.Parameters.AddWithValue("$created", _time.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$now", Now);
        command.Parameters.AddWithValue("$size", size);
        command.Parameters.AddWithValue("$delta", size - previous);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (_maxBytes is { } max) await SqliteCacheEviction.EvictAsync(connection, transaction, max, key.Stage, key.Hash, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var perStage = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT stage, COUNT(*) FROM entries GROUP BY stage ORDER BY stage";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) perStage[reader.GetString(0)] = reader.GetInt64(1);
        }
        long content = await SqliteCacheEviction.ScalarAsync(connection, null, "SELECT value FROM cache_meta WHERE name = 'bytes'", cancellationToken);
        long evictions = await SqliteCacheEviction.ScalarAsync(connection, null, "SELECT value FROM cache_meta WHERE name = 'evictions'", cancellationToken);
        long size = new[] { "", "-wal", "-shm" }.Select(s => new FileInfo(Path + s)).Where(f => f.Exists).Sum(f => f.Length);
        return new CacheStats(true, Path, perStage, size, Interlocked.Read(ref _hits), Interlocked.Read(ref _misses))
        {
            ContentBytes = content, MaxBytes = _maxBytes, Evictions = evictions,
        };
    }

    public async Task<long> ClearAsync(string? stage, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = stage is null ? "DELETE FROM entries" : "DELETE FROM entries WHERE stage = $stage";
        if (stage is not null) command.Parameters.AddWithValue("$stage", stage);
        long removed = await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "UPDATE cache_meta SET value = (SELECT COALESCE(SUM(size), 0) FROM entries) WHERE name = 'bytes'";
        await command.ExecuteNonQueryAsync(cancellationToken);
        // Give the space back: a cleared cache should also be a small file.
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;";
        command.Parameters.Clear();
        await command.ExecuteNonQueryAsync(cancellationToken);
        return removed;
    }

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public void Dispose() => _database.ClearPool();

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
