using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;

namespace Summarizer.Caching;

/// <summary>
/// The facts stage of the lasting cache: a FactSheet depends only on the clean text (the article id) and the
/// extractor's rules (<see cref="FactSheet.ExtractorVersion"/>), so a re-run over unchanged articles reads it back
/// instead of extracting again. A broken cache only costs speed.
/// </summary>
public sealed partial class FactSheetCache(ICacheStore store, ILogger<FactSheetCache> logger)
{
    public const string Stage = "facts";

    public async Task<FactSheet> GetOrExtractAsync(Article article, IFactExtractor extractor, CancellationToken cancellationToken)
    {
        // With the cache off, serialising the sheet would be pure waste.
        if (store is DisabledCacheStore) return extractor.Extract(article);
        var key = new CacheKey(Stage, article.Id, "", extractor.GetType().Name, FactSheet.ExtractorVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            if (await store.GetAsync(key, cancellationToken) is { } json
                && JsonSerializer.Deserialize<FactSheet>(json, SummaryJson.Compact) is { } cached)
                return cached;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(logger, e);
        }
        var facts = extractor.Extract(article);
        try { await store.SetAsync(key, JsonSerializer.Serialize(facts, SummaryJson.Compact), cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { LogCacheFailed(logger, e); }
        return facts;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Facts cache unavailable; extracting without it")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception);
}
