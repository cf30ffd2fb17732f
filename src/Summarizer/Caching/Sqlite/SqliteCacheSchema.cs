using Microsoft.Data.Sqlite;

namespace Summarizer.Caching.Sqlite;

/// <summary>
/// The cache file's tables, created or brought up to date when a store first opens it: <c>entries</c> (one row per stage
/// result, with its size and when it was last used, for least-recently-used eviction) and <c>cache_meta</c> (running
/// totals: content bytes and evictions, so a write never has to scan the table).
/// </summary>
internal static class SqliteCacheSchema
{
    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // journal_mode is stored in the file: once WAL, always WAL, for every process that opens it.
        command.CommandText = """
            PRAGMA busy_timeout = 5000;
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS entries (
                stage TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, created_utc TEXT NOT NULL,
                PRIMARY KEY (stage, key)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS cache_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (!await HasColumnAsync(connection, "last_used", cancellationToken))
        {
            // A file from before eviction: every entry counts as used long ago, and its size is measured once.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            command.Transaction = transaction;
            command.CommandText = """
                ALTER TABLE entries ADD COLUMN last_used INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE entries ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
                UPDATE entries SET size = length(CAST(value AS BLOB));
                DELETE FROM cache_meta;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            command.Transaction = null;
        }
        command.CommandText = """
            CREATE INDEX IF NOT EXISTS entries_by_last_use ON entries (last_used);
            INSERT OR IGNORE INTO cache_meta (name, value) SELECT 'bytes', COALESCE(SUM(size), 0) FROM entries;
            INSERT OR IGNORE INTO cache_meta (name, value) VALUES ('evictions', 0);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> HasColumnAsync(SqliteConnection connection, string column, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('entries') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }
}
