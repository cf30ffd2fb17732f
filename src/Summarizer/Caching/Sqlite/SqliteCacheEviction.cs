using Microsoft.Data.Sqlite;

namespace Summarizer.Caching.Sqlite;

/// <summary>
/// Keeps the cache's content under its cap: inside the writing transaction, deletes the least recently used entries
/// (never the one just written) until the content is back under nine tenths of the cap, so evictions come in batches
/// rather than on every write.
/// </summary>
internal static class SqliteCacheEviction
{
    private const int Batch = 64;

    public static async Task EvictAsync(SqliteConnection connection, SqliteTransaction transaction, long maxBytes, string keptStage, string keptKey, CancellationToken ct)
    {
        long total = await ScalarAsync(connection, transaction, "SELECT value FROM cache_meta WHERE name = 'bytes'", ct);
        if (total <= maxBytes) return;
        long target = maxBytes - maxBytes / 10;
        long removedBytes = 0, removedEntries = 0;
        while (total - removedBytes > target)
        {
            var victims = new List<(string Stage, string Key, long Size)>();
            await using (var select = connection.CreateCommand())
            {
                select.Transaction = transaction;
                select.CommandText = "SELECT stage, key, size FROM entries WHERE NOT (stage = $stage AND key = $key) ORDER BY last_used LIMIT $batch";
                select.Parameters.AddWithValue("$stage", keptStage);
                select.Parameters.AddWithValue("$key", keptKey);
                select.Parameters.AddWithValue("$batch", Batch);
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) victims.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
            if (victims.Count == 0) break;
            foreach (var (stage, key, size) in victims)
            {
                if (total - removedBytes <= target) break;
                await using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM entries WHERE stage = $stage AND key = $key";
                delete.Parameters.AddWithValue("$stage", stage);
                delete.Parameters.AddWithValue("$key", key);
                await delete.ExecuteNonQueryAsync(ct);
                removedBytes += size;
                removedEntries++;
            }
        }
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE cache_meta SET value = value - $bytes WHERE name = 'bytes';
            UPDATE cache_meta SET value = value + $entries WHERE name = 'evictions';
            """;
        update.Parameters.AddWithValue("$bytes", removedBytes);
        update.Parameters.AddWithValue("$entries", removedEntries);
        await update.ExecuteNonQueryAsync(ct);
    }

    public static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L);
    }
}
