using Microsoft.Extensions.AI;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Usage;

namespace Summarizer.Llm.Client;

/// <summary>
/// The one composition of the model client, by Microsoft.Extensions.AI's <see cref="ChatClientBuilder"/>, outermost
/// first: streaming served from one buffered call, the default model in the options, then what is the project's own:
/// usage metering against the run budget (a call over budget is refused before it queues) and the concurrency limit (a
/// call keeps its slot while the HTTP layer waits out a 429), and, innermost, the guard that turns the SDK's failure to read
/// a success reply into <see cref="UnreadableReplyException"/>. Below it is the provider's client as Semantic Kernel's
/// connector registers it (<see cref="ProviderChatClients"/>: M.E.AI's logging and OpenTelemetry over the SDK), and
/// below that the resilience of the provider's <see cref="HttpClient"/> (<see cref="Resilience.LlmHttpClient"/>).
/// </summary>
public static class ChatClientPipeline
{
    /// <summary>OpenTelemetry source of the model calls (<c>AddSource</c> it to trace them).</summary>
    public const string TelemetrySourceName = "Summarizer.Llm";

    public static IChatClient Build(IChatClient provider, LlmOptions options, RunBudget budget, IServiceProvider? services = null) =>
        new ChatClientBuilder(provider)
            .Use(inner => new BufferedStreamingChatClient(inner))
            .ConfigureOptions(chat => chat.ModelId ??= options.Model)
            .Use(inner => new UsageMeteringChatClient(inner, budget, new CostCalculator(options.Prices), options.Model))
            .Use(inner => new ConcurrencyLimitingChatClient(inner, options.MaxConcurrency))
            .Use(inner => new UnreadableReplyGuardChatClient(inner))
            .Build(services);
}
