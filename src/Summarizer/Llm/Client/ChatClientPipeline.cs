using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Usage;

namespace Summarizer.Llm.Client;

/// <summary>
/// The one composition of the model client, by Microsoft.Extensions.AI's <see cref="ChatClientBuilder"/>, outermost
/// first: streaming served from one buffered call, the default model in the options, M.E.AI's logging and OpenTelemetry,
/// then what is the project's own: usage metering against the run budget (a call over budget is refused before it
/// queues) and the concurrency limit (a call keeps its slot while the HTTP layer waits out a 429). Resilience is below,
/// on the provider's <see cref="HttpClient"/> (<see cref="Resilience.LlmHttpClient"/>).
/// </summary>
public static class ChatClientPipeline
{
    /// <summary>OpenTelemetry source of the model calls (<c>AddSource</c> it to trace them).</summary>
    public const string TelemetrySourceName = "Summarizer.Llm";

    public static IChatClient Build(IChatClient provider, LlmOptions options, RunBudget budget, ILoggerFactory loggerFactory, IServiceProvider? services = null) =>
        new ChatClientBuilder(provider)
            .Use(inner => new BufferedStreamingChatClient(inner))
            .ConfigureOptions(chat => chat.ModelId ??= options.Model)
            .UseLogging(loggerFactory)
            // Prompts and replies are article content: traces carry model, tokens and timings only.
            .UseOpenTelemetry(loggerFactory, TelemetrySourceName, telemetry => telemetry.EnableSensitiveData = false)
            .Use(inner => new UsageMeteringChatClient(inner, budget, new CostCalculator(options.Prices), options.Model))
            .Use(inner => new ConcurrencyLimitingChatClient(inner, options.MaxConcurrency))
            .Build(services);
}
