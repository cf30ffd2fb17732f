using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Caching;

/// <summary>
/// Serves a summary from the lasting cache when the same article, facts, engine, prompt, model and options produced
/// one before; otherwise calls the inner engine and stores the result. A fallback summary is never stored: it is what
/// the engine gave when the model failed, and the next run should try the model again. A broken cache only costs speed.
/// </summary>
public sealed partial class CachingSummaryEngine : ISummaryEngine
{
    public const string Stage = "summary";

    private readonly ISummaryEngine _inner;
    private readonly ICacheStore _store;
    private readonly Func<string> _optionsFingerprint;
    private readonly ILogger<CachingSummaryEngine> _logger;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="optionsFingerprint"/> describes the options of an engine that is not an <see cref="ICacheKeyContributor"/>.</summary>
    public CachingSummaryEngine(ISummaryEngine inner, ICacheStore store, ILogger<CachingSummaryEngine> logger, Func<string>? optionsFingerprint = null)
    {
        _inner = inner;
        _store = store;
        _logger = logger;
        _optionsFingerprint = optionsFingerprint ?? (() => "");
    }

    public string Name => _inner.Name;

    /// <summary>The engine behind the cache.</summary>
    public ISummaryEngine Inner => _inner;

    public Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        SummarizeAsync(article, ct => _inner.SummarizeAsync(article, facts, ct), cancellationToken);

    private async Task<StructuredSummary> SummarizeAsync(Article article, Func<CancellationToken, Task<StructuredSummary>> summarize, CancellationToken cancellationToken)
    {
        var key = KeyFor(article);
        var cached = await TryReadAsync(key, cancellationToken);
        if (cached is not null) return cached;

        var summary = await summarize(cancellationToken);
        if (summary.Fallback is null) await TryWriteAsync(key, summary, cancellationToken);
        return summary;
    }

    /// <summary>The key of this engine's summary of <paramref name="article"/>.</summary>
    public CacheKey KeyFor(Article article)
    {
        // The article id hashes only the clean text; title, outlet and date also reach the summary, and the facts
        // (a function of the text) change only when the extractor's rules do.
        string content = CacheKey.HashOf(string.Join('\n', article.Id, article.Title, article.Outlet, article.Published?.ToString("O"),
            $"facts-v{FactSheet.ExtractorVersion}"));
        var contributor = _inner as ICacheKeyContributor;
        return new CacheKey(
            Stage,
            content,
            contributor?.PromptHash ?? "",
            contributor?.ModelId ?? _inner.Name,
            CacheKey.HashOf(_inner.Name + "\n" + (contributor?.OptionsFingerprint ?? _optionsFingerprint())));
    }

    private async Task<StructuredSummary?> TryReadAsync(CacheKey key, CancellationToken cancellationToken)
    {
        try
        {
            var json = await _store.GetAsync(key, cancellationToken);
            return json is null ? null : JsonSerializer.Deserialize<StructuredSummary>(json, SummaryJson.Compact);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(_logger, e, "read");
            return null;
        }
    }

    private async Task TryWriteAsync(CacheKey key, StructuredSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            await _store.SetAsync(key, JsonSerializer.Serialize(summary, SummaryJson.Compact), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(_logger, e, "write");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary cache {Operation} failed; going on without the cache")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception, string operation);
}
