using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Summarizer.Storage.Sqlite;

/// <summary>
/// Run records in the SQLite file of the cache (WAL mode, one short transaction per write): the single-machine
/// counterpart of <see cref="Postgres.PostgresRunStore"/>, so an in-process distributed run needs no server.
/// </summary>
public sealed class SqliteRunStore : IRunStore
{
    private readonly SqliteDatabase _database;

    public SqliteRunStore(string path) => _database = new SqliteDatabase(path, EnsureSchemaAsync);

    public string Path => _database.Path;

    public Task BeginRunAsync(string runId, int expectedItems, CancellationToken cancellationToken) => ExecuteAsync("""
        INSERT INTO runs (run_id, expected_items, started_utc) VALUES ($run, $expected, $now)
        ON CONFLICT (run_id) DO UPDATE SET expected_items = excluded.expected_items
        """, cancellationToken, ("$run", runId), ("$expected", expectedItems), ("$now", Now()));

    public async Task<bool> TryRecordAsync(string runId, StoredItem item, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO run_items (run_id, sequence, item, summary, recorded_utc) VALUES ($run, $sequence, $item, $summary, $now)
            ON CONFLICT (run_id, sequence) DO NOTHING
            """, cancellationToken, ("$run", runId), ("$sequence", item.Sequence), ("$item", StoredItemJson.Item(item.Item)),
            ("$summary", (object?)StoredItemJson.Summary(item.Summary) ?? DBNull.Value), ("$now", Now())) == 1;

    public async Task<bool> ContainsAsync(string runId, int sequence, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT COUNT(*) FROM run_items WHERE run_id = $run AND sequence = $sequence", cancellationToken,
            ("$run", runId), ("$sequence", sequence)) > 0;

    public async Task<IReadOnlyList<StoredItem>> GetItemsAsync(string runId, IReadOnlyCollection<int>? among, CancellationToken cancellationToken)
    {
        var items = new List<StoredItem>();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, item, summary FROM run_items
            WHERE run_id = $run AND ($among IS NULL OR sequence IN (SELECT value FROM json_each($among)))
            ORDER BY sequence
            """;
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$among", among is null ? DBNull.Value : JsonSerializer.Serialize(among));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            items.Add(StoredItemJson.Read(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return items;
    }

    public async Task<bool> IsCompletedAsync(string runId, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT COUNT(*) FROM runs WHERE run_id = $run AND completed_utc IS NOT NULL", cancellationToken, ("$run", runId)) > 0;

    public Task CompleteRunAsync(string runId, string reportJson, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE runs SET completed_utc = $now, report = $report WHERE run_id = $run", cancellationToken,
            ("$run", runId), ("$report", reportJson), ("$now", Now()));

    private static string Now() => DateTimeOffset.UtcNow.ToString("O");

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    private static async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA busy_timeout = 5000;
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS runs (
                run_id TEXT PRIMARY KEY, expected_items INTEGER NOT NULL, started_utc TEXT NOT NULL,
                completed_utc TEXT NULL, report TEXT NULL);
            CREATE TABLE IF NOT EXISTS run_items (
                run_id TEXT NOT NULL, sequence INTEGER NOT NULL, item TEXT NOT NULL, summary TEXT NULL, recorded_utc TEXT NOT NULL,
                PRIMARY KEY (run_id, sequence)) WITHOUT ROWID;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
