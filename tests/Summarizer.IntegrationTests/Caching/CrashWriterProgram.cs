using System.Text.Json;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Pipeline;

namespace Summarizer.IntegrationTests.Caching;

/// <summary>
/// Entry point of this assembly. Run as <c>dotnet Summarizer.IntegrationTests.dll crash-writer &lt;db&gt; &lt;out&gt;</c> it writes
/// cache entries and output files as fast as it can until it is killed; the SIGKILL test then checks what it left.
/// </summary>
public static class CrashWriterProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["crash-writer", var database, var output]) return 2;
        using var store = new SqliteCacheStore(database);
        string payload = JsonSerializer.Serialize(new { text = new string('x', 20_000) });
        for (int i = 0; ; i++)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, 4), async (worker, ct) =>
            {
                await store.SetAsync(CacheKey.Of("summary", ("item", $"{i}-{worker}")), payload, ct);
                await AtomicFile.WriteAllTextAsync(Path.Combine(output, $"{(i * 4 + worker) % 50}.json"), payload, ct);
            });
            // Tell the test once there is something on disk, then keep writing until the kill.
            if (i == 20) Console.WriteLine("writing");
        }
    }
}
