using Microsoft.Extensions.AI;
using Summarizer.Llm.Resilience;

namespace Summarizer.Llm.Client;

/// <summary>
/// Innermost layer of the project's composition, directly above the provider's client: an exception the provider's
/// client throws after its HTTP layer received a whole success reply (<see cref="ReplyReceipt"/>) came from reading that
/// reply, whatever its type (the OpenAI SDK throws <see cref="ArgumentOutOfRangeException"/> for <c>"choices": []</c>,
/// <see cref="System.Text.Json.JsonException"/> for a body that is not JSON), and becomes an
/// <see cref="UnreadableReplyException"/>. Exceptions before a reply arrived (arguments, transport, status errors,
/// timeouts) and cancellation pass unchanged, so a programming error elsewhere is never taken for a bad reply.
/// </summary>
public sealed class UnreadableReplyGuardChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var receipt = ReplyReceipt.Begin();
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (receipt.Received && ex is not OperationCanceledException)
        {
            throw new UnreadableReplyException(ex);
        }
    }
}
