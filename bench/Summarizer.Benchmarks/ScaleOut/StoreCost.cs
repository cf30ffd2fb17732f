using System.Diagnostics;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Storage;
using Summarizer.Storage.Postgres;
using Summarizer.Storage.Sqlite;
using Summarizer.Pipeline;
using Summarizer.Testing;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>
/// What the store costs per article, SQLite against PostgreSQL: the store calls a worker makes for one new article
/// (facts and summary looked up and missed, then stored, and the outcome recorded), with payloads the size of real
/// ones, <c>concurrency</c> articles at once; median of three rounds.
/// </summary>
internal static class StoreCost
{
    private static readonly string Facts = new('f', 2_500), Summary = new('s', 3_500);

    public static async Task RunAsync(int articles, int concurrency)
    {
        string folder = Directory.CreateTempSubdirectory("summarizer-storecost-").FullName;
        var sqlite = new List<double>();
        var postgres = new List<double>();
        for (int round = 0; round < 3; round++)
        {
            string path = Path.Combine(folder, $"round-{round}.db");
            using (var cache = new SqliteCacheStore(path)) sqlite.Add(await PerArticleAsync(cache, new SqliteRunStore(path), articles, concurrency));
            await using var database = new PostgresDatabase(await TestServers.CreateDatabaseAsync());
            postgres.Add(await PerArticleAsync(new PostgresCacheStore(database), new PostgresRunStore(database), articles, concurrency));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        double s = ScaleOutReport.Median(sqlite), p = ScaleOutReport.Median(postgres);
        Console.WriteLine();
        Console.WriteLine($"store cost per article ({articles} articles, {concurrency} at once, 2 misses + 2 writes + 1 outcome; median of 3):");
        Console.WriteLine($"| SQLite | {s * 1000:0} µs | PostgreSQL | {p * 1000:0} µs | ratio | {p / s:0.00}× |");
    }

    /// <summary>Milliseconds of wall time per article.</summary>
    private static async Task<double> PerArticleAsync(ICacheStore cache, IRunStore runs, int articles, int concurrency)
    {
        string runId = Guid.NewGuid().ToString("N");
        await runs.BeginRunAsync(runId, articles, default);
        await cache.GetAsync(CacheKey.Of("warm", ("up", "1")), default); // schema and pool ready before timing
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, articles), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var facts = CacheKey.Of("facts", ("article", $"{runId}-{i}"));
            var summary = CacheKey.Of("summary", ("article", $"{runId}-{i}"));
            if (await cache.GetAsync(facts, ct) is null) await cache.SetAsync(facts, Facts, ct);
            if (await cache.GetAsync(summary, ct) is null) await cache.SetAsync(summary, Summary, ct);
            await runs.TryRecordAsync(runId, new StoredItem(i, RunItem.Failure($"{i}.txt", "bench"), null), ct);
        });
        return clock.Elapsed.TotalMilliseconds / articles;
    }
}
