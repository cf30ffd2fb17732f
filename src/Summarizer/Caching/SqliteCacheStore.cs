using Microsoft.Data.Sqlite;

namespace Summarizer.Caching;

/// <summary>
/// The cache in one SQLite file in WAL mode. Every write is one short transaction, so a process killed mid-write
/// leaves the database at its last commit; readers never wait for writers. Connections are pooled, one per call.
/// </summary>
public sealed class SqliteCacheStore : ICacheStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialised;
    private long _hits, _misses;

    public SqliteCacheStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    public async Task<string?> GetAsync(CacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM entries WHERE stage = $stage AND key = $key";
        command.Parameters.AddWithValue("$stage", key.Stage);
        command.Parameters.AddWithValue("$key", key.Hash);
        var value = await command.ExecuteScalarAsync(cancellationToken) as string;
        Interlocked.Increment(ref value is null ? ref _misses : ref _hits);
        return value;
    }

    public async Task SetAsync(CacheKey key, string json, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO entries (stage, key, value, created_utc) VALUES ($stage, $key, $value, $created)
            ON CONFLICT (stage, key) DO UPDATE SET value = excluded.value, created_utc = excluded.created_utc
            """;
        command.Parameters.AddWithValue("$stage", key.Stage);
        command.Parameters.AddWithValue("$key", key.Hash);
        command.Parameters.AddWithValue("$value", json);
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<CacheStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var perStage = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT stage, COUNT(*) FROM entries GROUP BY stage ORDER BY stage";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) perStage[reader.GetString(0)] = reader.GetInt64(1);
        }
        long size = new[] { "", "-wal", "-shm" }.Select(s => new FileInfo(Path + s)).Where(f => f.Exists).Sum(f => f.Length);
        return new CacheStats(true, Path, perStage, size, Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));
    }

    public async Task<long> ClearAsync(string? stage, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = stage is null ? "DELETE FROM entries" : "DELETE FROM entries WHERE stage = $stage";
        if (stage is not null) command.Parameters.AddWithValue("$stage", stage);
        long removed = await command.ExecuteNonQueryAsync(cancellationToken);
        // Give the space back: a cleared cache should also be a small file.
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;";
        command.Parameters.Clear();
        await command.ExecuteNonQueryAsync(cancellationToken);
        return removed;
    }

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialised) await InitialiseAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // NORMAL is safe in WAL mode: a crash loses at most the last commits, never consistency.
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialised) return;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // journal_mode is stored in the file: once WAL, always WAL, for every process that opens it.
            command.CommandText = """
                PRAGMA busy_timeout = 5000;
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS entries (
                    stage TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, created_utc TEXT NOT NULL,
                    PRIMARY KEY (stage, key)) WITHOUT ROWID;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialised = true;
        }
        finally
        {
            _initLock.Release();
        }
    }
}
