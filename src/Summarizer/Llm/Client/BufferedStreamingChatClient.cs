using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Summarizer.Llm.Client;

/// <summary>
/// Outermost layer: serves streaming requests from one non-streaming call, so a streaming caller still goes through
/// logging, the budget, the concurrency limit and the resilience pipeline (which all wrap the non-streaming call).
/// Summaries are parsed whole anyway, so nothing is lost.
/// </summary>
public sealed class BufferedStreamingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }
}
