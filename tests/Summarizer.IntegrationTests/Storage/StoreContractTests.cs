using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Caching;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Summaries;

namespace Summarizer.IntegrationTests.Storage;

/// <summary>
/// What every store provider must do, run against each (<see cref="SqliteStoreContractTests"/>,
/// <see cref="PostgresStoreContractTests"/>): the stage cache's get/set/replace/stats/clear under concurrency, the
/// <see cref="StageCache"/> on top of it, and the run records of distributed runs (first outcome wins).
/// </summary>
public abstract class StoreContractTests
{
    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract Task<(ICacheStore Cache, IRunStore Runs)> CreateAsync();

    private static CacheKey Key(string stage, string content) => CacheKey.Of(stage, ("content", content));

    protected async Task Stores_replaces_reads_and_counts_hits_and_misses()
    {
        var (store, _) = await CreateAsync();
        Assert.Null(await store.GetAsync(Key("summary", "a"), default));
        await store.SetAsync(Key("summary", "a"), """{"x":1}""", default);
        await store.SetAsync(Key("summary", "a"), """{"x":2}""", default);
        Assert.Equal("""{"x":2}""", await store.GetAsync(Key("summary", "a"), default));
        Assert.Null(await store.GetAsync(Key("facts", "a"), default));

        var stats = await store.GetStatsAsync(default);
        Assert.Equal((1L, 2L, 1L), (stats.Hits, stats.Misses, stats.Entries));
        Assert.True(stats.Enabled);
        Assert.True(stats.SizeBytes > 0);
    }

    protected async Task Stats_count_per_stage_and_clear_removes_one_stage_or_all()
    {
        var (store, _) = await CreateAsync();
        foreach (var content in new[] { "a", "b", "c" }) await store.SetAsync(Key("summary", content), "{}", default);
        await store.SetAsync(Key("facts", "a"), "{}", default);
        var stats = await store.GetStatsAsync(default);
        Assert.Equal(3, stats.EntriesPerStage["summary"]);
        Assert.Equal(1, stats.EntriesPerStage["facts"]);

        Assert.Equal(1, await store.ClearAsync("facts", default));
        Assert.False((await store.GetStatsAsync(default)).EntriesPerStage.ContainsKey("facts"));
        Assert.Equal(3, await store.ClearAsync(null, default));
        Assert.Equal(0, (await store.GetStatsAsync(default)).Entries);
    }

    protected async Task Parallel_writers_and_readers_of_the_same_keys_keep_one_entry_each()
    {
        var (store, _) = await CreateAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await store.SetAsync(Key("summary", (i % 50).ToString()), i.ToString(), ct);
            Assert.NotNull(await store.GetAsync(Key("summary", (i % 50).ToString()), ct));
        });
        Assert.Equal(50, (await store.GetStatsAsync(default)).Entries);
    }

    protected async Task The_stage_cache_computes_once_then_serves_the_stored_result()
    {
        var (store, _) = await CreateAsync();
        var cache = new StageCache(store, NullLogger<StageCache>.Instance);
        int produced = 0;
        Task<StructuredSummary> Produce(CancellationToken _) =>
            Task.FromResult(new StructuredSummary { Id = "a1", Headline = $"made {Interlocked.Increment(ref produced)}", Lede = "l", Engine = "test" });

        var first = await cache.GetOrAddAsync(Key("summary", "a1"), Produce, default);
        var second = await cache.GetOrAddAsync(Key("summary", "a1"), Produce, default);
        var fallback = await cache.GetOrAddAsync(Key("summary", "a2"), Produce, default, keep: _ => false);
        var again = await cache.GetOrAddAsync(Key("summary", "a2"), Produce, default, keep: _ => false);

        Assert.Equal((false, true), (first.FromCache, second.FromCache));
        Assert.Equal("made 1", second.Value.Headline);
        Assert.Equal((false, false), (fallback.FromCache, again.FromCache));
        Assert.Equal(3, produced);
    }

    protected async Task A_run_keeps_the_first_outcome_of_each_article_and_lists_them_in_order()
    {
        var (_, runs) = await CreateAsync();
        await runs.BeginRunAsync("run-1", 3, default);
        var summary = new StructuredSummary { Id = "id2", Headline = "h", Lede = "l", Engine = "test", Fallback = "timeout" };
        Assert.True(await runs.TryRecordAsync("run-1", new StoredItem(2, Item("b.txt", "id2"), summary), default));
        Assert.True(await runs.TryRecordAsync("run-1", new StoredItem(0, RunItem.Failure("a.txt", "empty"), null), default));
        Assert.False(await runs.TryRecordAsync("run-1", new StoredItem(2, Item("b.txt", "other"), null), default));
        Assert.True(await runs.TryRecordAsync("run-2", new StoredItem(2, Item("c.txt", "id3"), null), default));

        Assert.True(await runs.ContainsAsync("run-1", 2, default));
        Assert.False(await runs.ContainsAsync("run-1", 1, default));
        Assert.Equal([2], (await runs.GetItemsAsync("run-1", [1, 2, 5], default)).Select(i => i.Sequence));
        Assert.Empty(await runs.GetItemsAsync("run-1", [1], default));
        Assert.Empty(await runs.GetItemsAsync("run-1", [], default));
        var items = await runs.GetItemsAsync("run-1", null, default);
        Assert.Equal([0, 2], items.Select(i => i.Sequence));
        Assert.Equal("empty", items[0].Item.Error);
        Assert.Equal("id2", items[1].Item.ArticleId);
        Assert.Equal(["facts"], items[1].Item.CachedStages);
        Assert.Equal("timeout", items[1].Summary!.Fallback);
        Assert.False(await runs.IsCompletedAsync("run-1", default));
        await runs.CompleteRunAsync("run-1", "{}", default);
        Assert.True(await runs.IsCompletedAsync("run-1", default));
        Assert.False(await runs.IsCompletedAsync("run-2", default));
    }

    private static RunItem Item(string source, string id) =>
        new(source, id, "headline", $"{id}.json", true, 0.9, null, new UsageRecord(10, 5, 0.01m, 1), 12.5, null) { CachedStages = ["facts"] };
}
