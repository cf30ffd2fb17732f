using Npgsql;

namespace Summarizer.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database: one pooled data source per process, and the schema brought up to date once, on
/// first use. Migrations run under an advisory lock, so processes starting together apply each one exactly once.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    // Any fixed number that no other application on the same database uses for an advisory lock.
    private const long MigrationLock = 0x53554d4d4152;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"{StoreOptions.Section}:ConnectionString is required when {StoreOptions.Section}:Provider is Postgres");
        // The slim builder maps only the types the store uses (text, integers, timestamps, and the integer arrays of
        // its look-ups): a process opening the store compiles fewer of Npgsql's type handlers (~230 fewer methods).
        DataSource = new NpgsqlSlimDataSourceBuilder(WithStoreDefaults(connectionString)).EnableArrays().Build();
        CacheDataSource = new NpgsqlSlimDataSourceBuilder(WithCacheDefaults(connectionString)).EnableArrays().Build();
    }

    /// <summary>
    /// Npgsql's performance settings for a store that runs the same few statements for every article, unless the
    /// connection string sets them: statements used often are prepared once per connection (the server stops parsing
    /// and planning them each time), and a pooled connection is not reset when returned (the store leaves no session
    /// state behind: no SET, no temporary tables, only transaction-scoped locks).
    /// </summary>
    internal static string WithStoreDefaults(string connectionString)
    {
        // Npgsql's own builder knows every keyword, so what the operator wrote is read with the generic one.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Has(string keyword) => written.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", ""), keyword, StringComparison.OrdinalIgnoreCase));
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Has("MaxAutoPrepare")) builder.MaxAutoPrepare = 16;
        if (!Has("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// The stage cache's connections, whose commits do not wait for the disk (<c>synchronous_commit=off</c>) unless the
    /// connection string's <c>Options</c> say otherwise. A cache entry can be recomputed, and none is lost for a
    /// worker: the outcome it records afterwards commits synchronously, and PostgreSQL flushes its log in order, so the
    /// entries written before are on disk when the outcome is, before the message is acknowledged. This saves two of
    /// the three waits for the disk per article.
    /// </summary>
    internal static string WithCacheDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(WithStoreDefaults(connectionString));
        if (builder.Options?.Contains("synchronous_commit", StringComparison.OrdinalIgnoreCase) != true)
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c synchronous_commit=off" : builder.Options + " -c synchronous_commit=off";
        return builder.ConnectionString;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Connections for the stage cache (<see cref="WithCacheDefaults"/>).</summary>
    public NpgsqlDataSource CacheDataSource { get; }

    /// <summary>An open connection on an up-to-date schema.</summary>
    public Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(DataSource, cancellationToken);

    /// <summary>An open connection for the stage cache (<see cref="CacheDataSource"/>) on an up-to-date schema.</summary>
    public Task<NpgsqlConnection> OpenForCacheAsync(CancellationToken cancellationToken) => OpenAsync(CacheDataSource, cancellationToken);

    private async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        if (!_migrated) await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the migrations this database has not had yet; returns the schema version it is now at.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"""
                SELECT pg_advisory_xact_lock({MigrationLock});
                CREATE TABLE IF NOT EXISTS summarizer_schema (version integer NOT NULL, applied_utc timestamptz NOT NULL);
                """, cancellationToken).ConfigureAwait(false);
            await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM summarizer_schema", connection);
            int version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            for (; version < PostgresSchema.Migrations.Count; version++)
            {
                await ExecuteAsync(connection, PostgresSchema.Migrations[version], cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, $"INSERT INTO summarizer_schema VALUES ({version + 1}, now())", cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _migrated = true;
            return version;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        await CacheDataSource.DisposeAsync().ConfigureAwait(false);
        _migrateLock.Dispose();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
