using Npgsql;

namespace Summarizer.Storage.Postgres;

/// <summary>Run records in PostgreSQL (tables <c>summarizer_runs</c> and <c>summarizer_run_items</c>).</summary>
public sealed class PostgresRunStore(PostgresDatabase database) : IRunStore
{
    public async Task BeginRunAsync(string runId, int expectedItems, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO summarizer_runs (run_id, expected_items, started_utc) VALUES ($1, $2, now())
            ON CONFLICT (run_id) DO UPDATE SET expected_items = excluded.expected_items
            """, connection)
        {
            Parameters = { new() { Value = runId }, new() { Value = expectedItems } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryRecordAsync(string runId, StoredItem item, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO summarizer_run_items (run_id, sequence, item, summary, recorded_utc) VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (run_id, sequence) DO NOTHING
            """, connection)
        {
            Parameters =
            {
                new() { Value = runId }, new() { Value = item.Sequence }, new() { Value = StoredItemJson.Item(item.Item) },
                new() { Value = (object?)StoredItemJson.Summary(item.Summary) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
            },
        };
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> ContainsAsync(string runId, int sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1 FROM summarizer_run_items WHERE run_id = $1 AND sequence = $2", connection)
        {
            Parameters = { new() { Value = runId }, new() { Value = sequence } },
        };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<IReadOnlyList<StoredItem>> GetItemsAsync(string runId, IReadOnlyCollection<int>? among, CancellationToken cancellationToken)
    {
        var items = new List<StoredItem>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT sequence, item, summary FROM summarizer_run_items WHERE run_id = $1 AND ($2::int[] IS NULL OR sequence = ANY($2)) ORDER BY sequence",
            connection)
        {
            Parameters =
            {
                new() { Value = runId },
                new() { Value = (object?)among?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            items.Add(StoredItemJson.Read(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return items;
    }

    public async Task<bool> IsCompletedAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1 FROM summarizer_runs WHERE run_id = $1 AND completed_utc IS NOT NULL", connection)
        {
            Parameters = { new() { Value = runId } },
        };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task CompleteRunAsync(string runId, string reportJson, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("UPDATE summarizer_runs SET completed_utc = now(), report = $2 WHERE run_id = $1", connection)
        {
            Parameters = { new() { Value = runId }, new() { Value = reportJson } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
