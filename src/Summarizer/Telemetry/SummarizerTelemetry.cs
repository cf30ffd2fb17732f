using System.Diagnostics;
using System.Diagnostics.Metrics;
using Summarizer.Summaries;

namespace Summarizer.Telemetry;

/// <summary>
/// The product's own OpenTelemetry signals, under one name (<see cref="Name"/>) for the meter and the activity source:
/// per-stage latency, articles processed and failed, stage-cache hits and misses, model calls, tokens and cost, and the
/// depth of the work queue. The host decides where they go (Prometheus at <c>/metrics</c>, OTLP).
/// </summary>
public static class SummarizerTelemetry
{
    public const string Name = "Summarizer";

    public static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>
    /// Bucket bounds of <c>summarizer.stage.duration</c>, in seconds: a cache hit takes a millisecond, cleaning and facts
    /// tens of milliseconds, a model call seconds, a map-reduce summary or a slow model minutes. (OpenTelemetry's default
    /// bounds are meant for milliseconds: 0, 5, 10, 25, … 10000, which put every stage in the first two buckets.)
    /// </summary>
    public static readonly IReadOnlyList<double> StageDurationBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

    private static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>(
        "summarizer.stage.duration", "s", "Time a stage took for one item, cache lookup included", tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StageDurationBuckets });

    private static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("summarizer.cache.hits", description: "Stage results read from the stage cache");

    private static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("summarizer.cache.misses", description: "Stage results that had to be computed");

    private static readonly Counter<long> Processed = Meter.CreateCounter<long>("summarizer.articles.processed", description: "Articles summarised and verified");

    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("summarizer.articles.failed", description: "Articles that could not be summarised");

    private static readonly Counter<long> ModelCalls = Meter.CreateCounter<long>("summarizer.model.calls", description: "Chat-model calls made for summaries");

    private static readonly Counter<long> ModelTokens = Meter.CreateCounter<long>("summarizer.model.tokens", "{token}", "Chat-model tokens, by direction");

    private static readonly Counter<double> ModelCost = Meter.CreateCounter<double>("summarizer.model.cost", "USD", "Chat-model cost at the configured prices");

    private static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>(
        "summarizer.queue.depth", "{article}", "Articles sent to the work queue by this coordinator that have no outcome yet");

    /// <summary>Records one stage's latency and whether the cache served it.</summary>
    public static void StageCompleted(string stage, TimeSpan elapsed, bool fromCache)
    {
        var tag = new KeyValuePair<string, object?>("stage", stage);
        StageDuration.Record(elapsed.TotalSeconds, tag, new KeyValuePair<string, object?>("cached", fromCache));
        (fromCache ? CacheHits : CacheMisses).Add(1, tag);
    }

    /// <summary>Counts an article's outcome and, when a model wrote its summary just now, the calls, tokens and cost it took.</summary>
    public static void ArticleCompleted(StructuredSummary? summary, bool summaryFromCache)
    {
        if (summary is null)
        {
            Failed.Add(1);
            return;
        }
        Processed.Add(1, new KeyValuePair<string, object?>("engine", summary.Engine));
        // A cached summary carries the usage of the run that made it: spent then, not now.
        if (summaryFromCache || summary.Usage is not { } usage) return;
        ModelCalls.Add(usage.Calls);
        ModelTokens.Add(usage.InputTokens, new KeyValuePair<string, object?>("direction", "input"));
        ModelTokens.Add(usage.OutputTokens, new KeyValuePair<string, object?>("direction", "output"));
        ModelCost.Add((double)usage.Cost);
    }

    /// <summary>Moves the queue depth by <paramref name="delta"/> articles.</summary>
    public static void QueueDepthChanged(long delta) => QueueDepth.Add(delta);
}
