using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Caching;

public sealed class FactSheetCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-facts-cache-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class CountingExtractor : IFactExtractor
    {
        private readonly FactExtractor _inner = new();
        public int Calls;

        public FactSheet Extract(Article article)
        {
            Interlocked.Increment(ref Calls);
            return _inner.Extract(article);
        }
    }

    [Fact]
    public async Task Reads_back_the_same_facts_without_extracting_again()
    {
        using var store = new SqliteCacheStore(Path.Combine(_folder, "cache.db"));
        var cache = new FactSheetCache(store, NullLogger<FactSheetCache>.Instance);
        var extractor = new CountingExtractor();
        var article = Repo.Seed(0);

        var first = await cache.GetOrExtractAsync(article, extractor, CancellationToken.None);
        var second = await cache.GetOrExtractAsync(article, extractor, CancellationToken.None);

        Assert.Equal(1, extractor.Calls);
        Assert.NotEmpty(second.People);
        Assert.Equal(JsonSerializer.Serialize(first, SummaryJson.Compact), JsonSerializer.Serialize(second, SummaryJson.Compact));
    }

    [Fact]
    public async Task Extracts_again_for_changed_text()
    {
        using var store = new SqliteCacheStore(Path.Combine(_folder, "cache.db"));
        var cache = new FactSheetCache(store, NullLogger<FactSheetCache>.Instance);
        var extractor = new CountingExtractor();
        await cache.GetOrExtractAsync(Repo.Seed(0), extractor, CancellationToken.None);
        await cache.GetOrExtractAsync(Repo.Seed(1), extractor, CancellationToken.None);
        Assert.Equal(2, extractor.Calls);
    }
}
