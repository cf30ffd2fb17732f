using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Pipeline.Stages;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline.Stages;

/// <summary>Facts depend on the clean text, its splitting and the extraction rules: each misses the cache, nothing else does.</summary>
public sealed class FactsStageTests : IDisposable
{
    private readonly TempStageCache _temp = new();

    private StageCache Cache => _temp.Cache;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_same_article_is_extracted_once_and_read_back_whole()
    {
        var extractor = new VersionedExtractor();
        var stage = new FactsStage(extractor, Cache);
        var article = Repo.Seed(0);

        var first = await stage.GetAsync(article, default);
        var second = await stage.GetAsync(article, default);

        Assert.Equal(1, extractor.Calls);
        Assert.True(second.FromCache);
        Assert.Equal(first.Value.People.Select(p => p.Name), second.Value.People.Select(p => p.Name));
        Assert.Equal(first.Value.Quantities.Count, second.Value.Quantities.Count);
    }

    [Fact]
    public async Task Changed_text_or_extraction_rules_miss_and_nothing_else_does()
    {
        var article = Repo.Seed(0);
        var extractor = new VersionedExtractor("rules-1");
        await new FactsStage(extractor, Cache).GetAsync(article, default);

        // Not ingredients of facts: where the article came from, its title, outlet and address.
        var same = article with { Source = "elsewhere.txt", Title = "Another title", Outlet = "Another outlet", Url = "https://example.org/x" };
        Assert.True((await new FactsStage(extractor, Cache).GetAsync(same, default)).FromCache);

        Assert.False((await new FactsStage(extractor, Cache).GetAsync(Repo.Seed(1), default)).FromCache);
        Assert.False((await new FactsStage(new VersionedExtractor("rules-2"), Cache).GetAsync(article, default)).FromCache);
    }
}
