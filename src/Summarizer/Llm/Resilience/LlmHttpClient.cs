using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Summarizer.Llm.Resilience;

/// <summary>
/// The named <see cref="HttpClient"/> the provider SDK sends through, and the one layer of resilience of model calls:
/// Microsoft.Extensions.Http.Resilience's handler (<see cref="LlmResiliencePipeline"/>), one pipeline per endpoint
/// authority, so each endpoint has its own circuit breaker. The chat clients above it add no retries of their own.
/// </summary>
public static class LlmHttpClient
{
    /// <summary>Name of the HTTP client (and of its resilience pipelines).</summary>
    public const string Name = "summarizer-llm";

    internal static void Register(IServiceCollection services)
    {
        // Each attempt, body included, is timed by the pipeline.
        var client = services.AddHttpClient(Name, http => http.Timeout = Timeout.InfiniteTimeSpan);
        // The client lives as long as the singleton SDK client; recycling pooled connections keeps DNS changes visible.
        client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // Microsoft.Extensions.AI's logging client logs each call; per-request HTTP lines would only repeat it.
            .RemoveAllLoggers()
            .AddResilienceHandler(Name, LlmResiliencePipeline.Configure)
            .SelectPipelineByAuthority();
        // Added after the resilience handler, so inside it: an attempt ends when its body is read, not at its headers.
        client.AddHttpMessageHandler(() => new ReplyBodyHandler());
    }
}
