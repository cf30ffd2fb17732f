using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Summarizer.Llm.Client;
using Summarizer.Telemetry;

namespace Summarizer.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the executable: the product's meter and traces, the model calls (Microsoft.Extensions.AI's
/// <c>gen_ai</c> metrics and spans: duration, tokens), ASP.NET Core, HTTP client and MassTransit.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds metrics and traces: exported by OTLP when <c>Summarizer:Telemetry:OtlpEndpoint</c> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and, when <paramref name="prometheus"/>, metrics kept for the
    /// <c>/metrics</c> endpoint (<see cref="MapSummarizerMetrics"/>). What nothing would read is not recorded: with no
    /// exporter, a worker or a command line run spends no CPU building spans and aggregating measurements for nobody.
    /// </summary>
    public static IServiceCollection AddSummarizerTelemetry(this IServiceCollection services, IConfiguration configuration, bool prometheus)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        string? otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] : options.OtlpEndpoint;
        bool exportOtlp = !string.IsNullOrWhiteSpace(otlp), scraped = prometheus && options.Prometheus;
        if (!exportOtlp && !scraped) return services;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("summarizer"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SummarizerTelemetry.Name, ChatClientPipeline.TelemetrySourceName, "MassTransit").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (scraped) metrics.AddPrometheusExporter();
                if (exportOtlp) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp!));
            });
        if (exportOtlp)
            telemetry.WithTracing(tracing => tracing
                .AddSource(SummarizerTelemetry.Name, ChatClientPipeline.TelemetrySourceName, "MassTransit").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp!)));
        return services;
    }

    /// <summary>Serves the Prometheus text format at <c>/metrics</c> when it was enabled.</summary>
    public static void MapSummarizerMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Prometheus) app.MapPrometheusScrapingEndpoint("/metrics");
    }
}
