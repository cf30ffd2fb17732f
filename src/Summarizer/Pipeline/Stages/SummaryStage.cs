using System.Globalization;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Pipeline.Stages;

/// <summary>
/// The verified summary of an article, through the stage cache: the engine writes it, then the verifier judges it,
/// once. The cached entry is the summary with its verdict, keyed by everything both depend on (the article's text,
/// title, outlet and date, how it was split, the facts' rules, the engine's identity, the schema and the verifier), so a
/// hit needs no re-verification and never keeps a verdict an older verifier gave. Fallback summaries are not kept: the
/// next run should try the model again.
/// </summary>
public sealed class SummaryStage(ISummaryEngine engine, ISummaryVerifier verifier, IFactExtractor extractor, StageCache cache)
{
    public const string Stage = "summary";

    // Everything besides the article, fixed for the life of the stage: named once, hashed once.
    private readonly Lazy<(string Name, string Value)[]> _settings = new(() => Settings(engine.Identity, extractor.Version, verifier.Version));
    private string? _fingerprint;

    /// <summary>The engine whose summaries this stage serves.</summary>
    public ISummaryEngine Engine => engine;

    /// <summary>
    /// A hash of everything besides the article that shapes a verified summary: stages that store summaries under the
    /// article id alone (the API) add it to their keys so that changed settings never serve an old summary.
    /// </summary>
    public string SettingsFingerprint => _fingerprint ??= CacheKey.HashOf(string.Join('\n', _settings.Value.Select(p => p.Value)));

    public Task<Cached<StructuredSummary>> GetAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync(KeyFor(article), ct => SummarizeAndVerifyAsync(article, facts, ct), cancellationToken, keep: s => s.Fallback is null);

    /// <summary>The key of <paramref name="article"/>'s verified summary.</summary>
    public CacheKey KeyFor(Article article) =>
        CacheKey.Of(Stage,
        [
            ("article", article.Id),
            ("title", article.Title ?? ""),
            ("outlet", article.Outlet ?? ""),
            ("published", article.Published?.ToString("O", CultureInfo.InvariantCulture) ?? ""),
            .. _settings.Value,
        ]);

    private async Task<StructuredSummary> SummarizeAndVerifyAsync(Article article, Task<FactSheet> facts, CancellationToken ct)
    {
        var summary = await engine.SummarizeAsync(article, facts, ct).ConfigureAwait(false);
        // A request whose client has gone, or whose deadline has passed, stops here rather than verifying for no one.
        ct.ThrowIfCancellationRequested();
        return summary with { Verdict = verifier.Verify(article, await facts.ConfigureAwait(false), summary) };
    }

    private static (string Name, string Value)[] Settings(EngineIdentity identity, string extractorVersion, string verifierVersion) =>
    [
        ("splitter", CacheKey.Invariant(ArticleFactory.RulesVersion)),
        ("extractor", extractorVersion),
        ("engine", identity.Name),
        ("engine-version", identity.Version),
        ("prompt", identity.PromptHash),
        ("model", identity.Model),
        ("options", identity.Options),
        ("schema", CacheKey.Invariant(StructuredSummary.CurrentSchemaVersion)),
        ("verifier", verifierVersion),
    ];
}
