using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Facts;
using Summarizer.Pipeline.Stages;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline.Stages;

/// <summary>
/// A verified summary depends on the article's text, title, outlet and date, the facts' rules, the engine's name, version,
/// prompt, model and options, the schema and the verifier: changing any one misses the cache; nothing else does.
/// </summary>
public sealed class SummaryStageTests : IDisposable
{
    private static readonly EngineIdentity Identity = new("counting", "1", "prompt-a", "model-a", "options-a");
    private readonly TempStageCache _temp = new();
    private readonly Article _article = Repo.Seed(0);

    private StageCache Cache => _temp.Cache;

    public void Dispose() => _temp.Dispose();

    private SummaryStage Stage(EngineIdentity? identity = null, string verifier = "verifier-1", string extractor = "rules-1", CountingEngine? engine = null) =>
        new(engine ?? new CountingEngine { Identity = identity ?? Identity }, new VersionedVerifier(verifier), new VersionedExtractor(extractor), Cache);

    private static Task<FactSheet> Facts(Article article) => Task.FromResult(FactSheet.Empty(article.Id));

    private async Task<bool> HitAsync(SummaryStage stage, Article article) => (await stage.GetAsync(article, Facts(article), default)).FromCache;

    [Fact]
    public async Task A_hit_is_the_verified_summary_without_calling_the_engine_or_the_verifier()
    {
        var engine = new CountingEngine { Identity = Identity };
        var verifier = new VersionedVerifier();
        var stage = new SummaryStage(engine, verifier, new VersionedExtractor(), Cache);

        var first = await stage.GetAsync(_article, Facts(_article), default);
        var second = await stage.GetAsync(_article, Facts(_article), default);

        Assert.True(second.FromCache);
        Assert.Equal((1, 1), (engine.Calls, verifier.Calls));
        Assert.Equal(first.Value.Headline, second.Value.Headline);
        Assert.True(second.Value.Verdict!.IsVerified);
    }

    [Fact]
    public async Task Each_ingredient_misses_the_cache_and_nothing_else_does()
    {
        await Stage().GetAsync(_article, Facts(_article), default);

        Assert.True(await HitAsync(Stage(), _article with { Source = "copy.txt", Url = "https://example.org/a", Removed = [] }));

        var misses = new (string Ingredient, SummaryStage Stage, Article Article)[]
        {
            ("text", Stage(), Repo.Seed(1)),
            ("title", Stage(), _article with { Title = "A new title" }),
            ("outlet", Stage(), _article with { Outlet = "Another outlet" }),
            ("published", Stage(), _article with { Published = new DateOnly(2026, 1, 2) }),
            ("extractor", Stage(extractor: "rules-2"), _article),
            ("verifier", Stage(verifier: "verifier-2"), _article),
            ("engine", Stage(Identity with { Name = "other" }), _article),
            ("engine version", Stage(Identity with { Version = "2" }), _article),
            ("prompt", Stage(Identity with { PromptHash = "prompt-b" }), _article),
            ("model", Stage(Identity with { Model = "model-b" }), _article),
            ("options", Stage(Identity with { Options = "options-b" }), _article),
        };
        foreach (var (ingredient, stage, article) in misses)
            Assert.False(await HitAsync(stage, article), $"changing the {ingredient} should miss the cache");
    }

    [Fact]
    public async Task A_fallback_summary_is_not_kept()
    {
        var engine = new CountingEngine { Identity = Identity, Fallback = "model unavailable" };
        var stage = Stage(engine: engine);

        await stage.GetAsync(_article, Facts(_article), default);
        var second = await stage.GetAsync(_article, Facts(_article), default);

        Assert.False(second.FromCache);
        Assert.Equal(2, engine.Calls);
    }

    [Fact]
    public void The_settings_fingerprint_follows_the_settings_not_the_article()
    {
        Assert.Equal(Stage().SettingsFingerprint, Stage().SettingsFingerprint);
        Assert.NotEqual(Stage().SettingsFingerprint, Stage(Identity with { Options = "options-b" }).SettingsFingerprint);
        Assert.NotEqual(Stage().SettingsFingerprint, Stage(verifier: "verifier-2").SettingsFingerprint);
    }
}
