using Microsoft.Extensions.AI;

namespace Summarizer.Llm.Client;

/// <summary>
/// Caps the model calls in flight (a batch of hundreds of articles must not open hundreds of requests).
/// Sits outside the retry layer, so a call waiting out a 429 keeps its slot: back-pressure instead of a stampede.
/// Starts the clock of the flow's <see cref="Engine.ModelStageBudget"/> once a call has its slot.
/// </summary>
public sealed class ConcurrencyLimitingChatClient(IChatClient inner, int maxConcurrency) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        // The article's model-stage budget counts from here: time queued behind other calls is not the model's.
        Engine.ModelStageBudget.StartClock();
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _slots.Dispose();
        base.Dispose(disposing);
    }
}
