using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Caching;

public sealed class CachingSummaryEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteCacheStore _store;

    public CachingSummaryEngineTests() => _store = new SqliteCacheStore(_folder.File("cache.db"));

    private CachingSummaryEngine Wrap(ISummaryEngine inner, string options = "") =>
        new(inner, _store, NullLogger<CachingSummaryEngine>.Instance, () => options);

    [Fact]
    public async Task Second_call_for_the_same_article_is_served_from_the_cache()
    {
        var inner = new CountingEngine();
        var article = Repo.Seed(0);
        var first = await Wrap(inner).SummarizeAsync(article, FactSheet.Empty(article.Id), default);
        // A new decorator over the same file: the cache outlives the object (and the process).
        var second = await Wrap(inner).SummarizeAsync(article, FactSheet.Empty(article.Id), default);
        Assert.Equal(1, inner.Calls);
        Assert.Equal((first.Headline, first.Lede, first.Id), (second.Headline, second.Lede, second.Id));
        Assert.Equal(1, (await _store.GetStatsAsync(default)).Hits);
    }

    [Fact]
    public async Task Changed_options_engine_or_article_miss()
    {
        var inner = new CountingEngine();
        var article = Repo.Seed(0);
        var facts = FactSheet.Empty(article.Id);
        await Wrap(inner, "a").SummarizeAsync(article, facts, default);
        await Wrap(inner, "b").SummarizeAsync(article, facts, default);
        await Wrap(new CountingEngine("other")).SummarizeAsync(article, facts, default);
        await Wrap(inner, "a").SummarizeAsync(article with { Title = "Another title" }, facts, default);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task Fallback_summaries_are_not_cached()
    {
        var inner = new CountingEngine { Fallback = "model timed out" };
        var article = Repo.Seed(1);
        await Wrap(inner).SummarizeAsync(article, FactSheet.Empty(article.Id), default);
        inner.Fallback = null;
        await Wrap(inner).SummarizeAsync(article, FactSheet.Empty(article.Id), default);
        await Wrap(inner).SummarizeAsync(article, FactSheet.Empty(article.Id), default);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task Registration_wraps_the_registered_engine_and_honours_Enabled()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = _folder.File("di.db"),
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ISummaryEngine, ExtractiveSummaryEngine>(_ => new ExtractiveSummaryEngine());
        services.AddSummarizerCache(config);
        using var provider = services.BuildServiceProvider();
        var engine = Assert.IsType<CachingSummaryEngine>(provider.GetRequiredService<ISummaryEngine>());
        Assert.IsType<ExtractiveSummaryEngine>(engine.Inner);
        Assert.IsType<SqliteCacheStore>(provider.GetRequiredService<ICacheStore>());

        config["Summarizer:Cache:Enabled"] = "false";
        var off = new ServiceCollection().AddLogging();
        off.AddSingleton<ISummaryEngine, ExtractiveSummaryEngine>(_ => new ExtractiveSummaryEngine());
        using var disabled = off.AddSummarizerCache(config).BuildServiceProvider();
        Assert.IsType<DisabledCacheStore>(disabled.GetRequiredService<ICacheStore>());
        // Nothing to cache into, so no caching layer: the registered engine is served as it is.
        Assert.IsType<ExtractiveSummaryEngine>(disabled.GetRequiredService<ISummaryEngine>());
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
