using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Summarizer.Host.Telemetry;

namespace Summarizer.IntegrationTests.Telemetry;

/// <summary>Metrics and traces are recorded only where something reads them: the scrape endpoint or an OTLP collector.</summary>
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void Nothing_is_recorded_without_an_exporter()
    {
        using var services = Build(prometheus: false);

        Assert.Null(services.GetService<MeterProvider>());
        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public void The_scrape_endpoint_gets_metrics_but_no_traces_are_built_for_nobody()
    {
        using var services = Build(prometheus: true);

        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public void An_otlp_collector_gets_metrics_and_traces_even_from_a_worker()
    {
        using var services = Build(prometheus: false, ("Summarizer:Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"));

        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.NotNull(services.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(bool prometheus, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSummarizerTelemetry(configuration, prometheus).BuildServiceProvider();
    }
}
