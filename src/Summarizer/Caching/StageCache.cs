using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Summaries;
using Summarizer.Telemetry;

namespace Summarizer.Caching;

/// <summary>
/// The one way every stage (facts, summary, comparison, API) reads and writes the lasting cache: look the key up, else
/// produce the result and store it. A result is stored only when the stage says it is worth keeping (a fallback summary
/// is not: the next run should try the model again). A broken cache, or an entry that no longer reads back, only costs
/// speed: it is logged and the stage computes as if the entry were absent. With the cache switched off nothing is
/// serialised at all.
/// </summary>
public sealed partial class StageCache(ICacheStore store, ILogger<StageCache> logger)
{
    private readonly bool _enabled = store is not DisabledCacheStore;

    /// <summary>The stored result of <paramref name="key"/>, or what <paramref name="produce"/> makes (then stored if <paramref name="keep"/> allows).</summary>
    public async Task<Cached<T>> GetOrAddAsync<T>(
        CacheKey key, Func<CancellationToken, Task<T>> produce, CancellationToken cancellationToken, Func<T, bool>? keep = null)
    {
        using var activity = SummarizerTelemetry.Activities.StartActivity($"stage {key.Stage}");
        long started = Stopwatch.GetTimestamp();
        var result = await LookUpOrProduceAsync(key, produce, cancellationToken, keep).ConfigureAwait(false);
        SummarizerTelemetry.StageCompleted(key.Stage, Stopwatch.GetElapsedTime(started), result.FromCache);
        activity?.SetTag("summarizer.cache.hit", result.FromCache);
        return result;
    }

    private async Task<Cached<T>> LookUpOrProduceAsync<T>(
        CacheKey key, Func<CancellationToken, Task<T>> produce, CancellationToken cancellationToken, Func<T, bool>? keep)
    {
        if (!_enabled) return new Cached<T>(await produce(cancellationToken).ConfigureAwait(false), FromCache: false);
        if (await TryGetJsonAsync(key, cancellationToken).ConfigureAwait(false) is { } json && TryRead<T>(key, json) is { } hit)
            return new Cached<T>(hit, FromCache: true);
        var value = await produce(cancellationToken).ConfigureAwait(false);
        if (keep?.Invoke(value) ?? true)
            await TrySetJsonAsync(key, JsonSerializer.Serialize(value, SummaryJson.Compact), cancellationToken).ConfigureAwait(false);
        return new Cached<T>(value, FromCache: false);
    }

    /// <summary>The stored JSON of <paramref name="key"/>, or null (also when the store fails).</summary>
    public async Task<string?> TryGetJsonAsync(CacheKey key, CancellationToken cancellationToken)
    {
        if (!_enabled) return null;
        try
        {
            return await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(logger, e, key.Stage, "read");
            return null;
        }
    }

    /// <summary>Stores <paramref name="json"/> under <paramref name="key"/>; a failing store is logged, never thrown.</summary>
    public async Task TrySetJsonAsync(CacheKey key, string json, CancellationToken cancellationToken)
    {
        if (!_enabled) return;
        try
        {
            await store.SetAsync(key, json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(logger, e, key.Stage, "write");
        }
    }

    private T? TryRead<T>(CacheKey key, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, SummaryJson.Compact);
        }
        catch (JsonException e)
        {
            // Entries are keyed by schema version, so this is damage, not an old format: recompute and overwrite.
            LogUnreadable(logger, e, key.Stage);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Operation} failed for stage {Stage}; going on without the cache")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string stage, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A cached {Stage} entry could not be read back; recomputing it")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string stage);
}

/// <summary>A stage result and whether it came from the cache.</summary>
public readonly record struct Cached<T>(T Value, bool FromCache);
