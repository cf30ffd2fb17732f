using Microsoft.Data.Sqlite;

namespace Summarizer.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by the stores that keep their tables in it: pooled connections, its schema made once per
/// process on first use (the file and its folder created when missing), and every connection opened with a busy
/// timeout and <c>synchronous = NORMAL</c>, which in WAL mode loses at most the last commits in a crash, never consistency.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Func<SqliteConnection, CancellationToken, Task> _ensureSchema;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialised;

    /// <param name="path">The database file.</param>
    /// <param name="ensureSchema">Creates or migrates the tables (and sets WAL mode); run once, on an open connection.</param>
    public SqliteDatabase(string path, Func<SqliteConnection, CancellationToken, Task> ensureSchema)
    {
        Path = System.IO.Path.GetFullPath(path);
        _ensureSchema = ensureSchema;
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

    /// <summary>An open connection, the schema ensured first.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialised) await InitialiseAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
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
            await _ensureSchema(connection, cancellationToken);
            _initialised = true;
        }
        finally
        {
            _initLock.Release();
        }
    }
}
