using Microsoft.Extensions.AI;
using Polly;

namespace Summarizer.Llm.Resilience;

/// <summary>Runs every call through the endpoint's resilience pipeline (retry, circuit breaker, attempt timeout).</summary>
public sealed class ResilientChatClient(IChatClient inner, ResiliencePipeline pipeline) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Materialise once: a lazy sequence would be re-enumerated by every retry.
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        return pipeline.ExecuteAsync(
            static async (state, ct) => await state.Self.CallInnerAsync(state.list, state.options, ct).ConfigureAwait(false),
            (Self: this, list, options),
            cancellationToken).AsTask();
    }

    private Task<ChatResponse> CallInnerAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken ct) =>
        base.GetResponseAsync(messages, options, ct);
}
