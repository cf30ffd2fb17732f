using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;

namespace Summarizer.IntegrationTests.Caching;

/// <summary>A process killed (SIGKILL) while writing the cache and outputs leaves a readable database and whole JSON files.</summary>
public class CrashSafetyTests
{
    [Fact]
    public async Task Killing_a_writer_mid_run_leaves_the_cache_and_outputs_intact()
    {
        string folder = Directory.CreateTempSubdirectory("summarizer-crash-").FullName;
        string database = Path.Combine(folder, "cache.db"), output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(CrashWriterProgram).Assembly.Location, "crash-writer", database, output }) start.ArgumentList.Add(arg);
        using var writer = Process.Start(start)!;
        try
        {
            var line = await writer.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("writing", line);
        }
        finally
        {
            writer.Kill(entireProcessTree: true);   // SIGKILL on Linux: no finalisers, no flush
            await writer.WaitForExitAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync() as string);
        }
        using var store = new SqliteCacheStore(database);
        var stats = await store.GetStatsAsync(default);
        Assert.True(stats.Entries >= 80, $"only {stats.Entries} entries survived");
        Assert.NotNull(await store.GetAsync(CacheKey.Of("summary", ("item", "0-0")), default));

        var outputs = Directory.GetFiles(output, "*.json");
        Assert.NotEmpty(outputs);
        foreach (var file in outputs) JsonDocument.Parse(File.ReadAllText(file)).Dispose();
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
