namespace Summarizer.Host.Telemetry;

/// <summary>Where telemetry goes, bound from <c>Summarizer:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Summarizer:Telemetry";

    /// <summary>Serve Prometheus text at <c>/metrics</c> from <c>serve</c>.</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// An OTLP collector (<c>http://collector:4317</c>) for metrics and traces; empty leaves it to the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable, and with neither nothing is exported by OTLP.
    /// </summary>
    public string? OtlpEndpoint { get; set; }
}
