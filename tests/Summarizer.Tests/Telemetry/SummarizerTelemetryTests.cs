using OpenTelemetry;
using OpenTelemetry.Metrics;
using Summarizer.Telemetry;

namespace Summarizer.Tests.Telemetry;

/// <summary>The stage-duration histogram as an OpenTelemetry SDK reader exports it.</summary>
public sealed class SummarizerTelemetryTests
{
    [Fact]
    public void Stage_durations_are_exported_in_second_buckets_from_milliseconds_to_minutes()
    {
        var exporter = new CapturingExporter();
        using (var provider = Sdk.CreateMeterProviderBuilder().AddMeter(SummarizerTelemetry.Name)
                   .AddReader(new BaseExportingMetricReader(exporter)).Build())
        {
            SummarizerTelemetry.StageCompleted("telemetry-test", TimeSpan.FromMilliseconds(3), fromCache: true);
            SummarizerTelemetry.StageCompleted("telemetry-test", TimeSpan.FromMilliseconds(180), fromCache: false);
            SummarizerTelemetry.StageCompleted("telemetry-test", TimeSpan.FromSeconds(7), fromCache: false);
            SummarizerTelemetry.StageCompleted("telemetry-test", TimeSpan.FromSeconds(95), fromCache: false);
            provider.ForceFlush();
        }

        var buckets = exporter.Buckets;
        Assert.Equal(SummarizerTelemetry.StageDurationBuckets, buckets.Select(b => b.Bound).Where(double.IsFinite));
        // Each value lands in its own bucket: 3 ms in (2.5 ms, 5 ms], 180 ms in (100 ms, 250 ms], 7 s in (5 s, 10 s], 95 s in (60 s, 120 s].
        Assert.Equal(1, buckets.Single(b => b.Bound == 0.005).Count);
        Assert.Equal(1, buckets.Single(b => b.Bound == 0.25).Count);
        Assert.Equal(1, buckets.Single(b => b.Bound == 10).Count);
        Assert.Equal(1, buckets.Single(b => b.Bound == 120).Count);
        Assert.Equal(4, buckets.Sum(b => b.Count));
    }

    private sealed class CapturingExporter : BaseExporter<Metric>
    {
        public List<(double Bound, long Count)> Buckets { get; } = [];

        public override ExportResult Export(in Batch<Metric> batch)
        {
            // Cumulative temporality: each export (the flush, then the provider's shutdown) holds every count so far.
            Buckets.Clear();
            foreach (var metric in batch)
            {
                if (metric.Name != "summarizer.stage.duration") continue;
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var ours = false;
                    foreach (var tag in point.Tags) ours |= tag.Key == "stage" && Equals(tag.Value, "telemetry-test");
                    if (!ours) continue;
                    var byBound = new Dictionary<double, long>();
                    foreach (var bucket in point.GetHistogramBuckets())
                        byBound[bucket.ExplicitBound] = bucket.BucketCount;
                    // The two points (cached true / false) share bounds: sum their counts per bound.
                    foreach (var (bound, count) in byBound)
                    {
                        var i = Buckets.FindIndex(b => b.Bound == bound);
                        if (i < 0) Buckets.Add((bound, count));
                        else Buckets[i] = (bound, Buckets[i].Count + count);
                    }
                }
            }
            return ExportResult.Success;
        }
    }
}
