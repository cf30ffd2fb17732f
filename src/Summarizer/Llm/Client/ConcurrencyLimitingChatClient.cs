using Microsoft.Extensions.AI;

namespace Summarizer.Llm.Client;

/// <summary>
/// Caps the model calls in flight (a batch of hundreds of articles must not open hundreds of requests).
/// Sits outside the retry layer, so a call waiting out a 429 keeps its slot: back-pressure instead of a stampede.
/// The slot wait ends with the caller's token, which carries the article's <see cref="Engine.ModelStageBudget"/> (an API
/// request's budget runs from the request's start, queueing included). Once a call has its slot it starts the clock of a
/// configured <c>TotalTimeout</c>, which does not count the queueing of a batch.
/// </summary>
public sealed class ConcurrencyLimitingChatClient(IChatClient inner, int maxConcurrency) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        // A configured TotalTimeout counts from here: in a batch, time queued behind other calls is not the model's.
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
