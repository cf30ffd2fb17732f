namespace Summarizer.Llm.Resilience;

/// <summary>
/// Innermost handler of the model's <see cref="HttpClient"/>, inside the resilience pipeline's attempt timeout: reads
/// the whole reply body before the attempt counts as done, so the timeout covers a body that trickles in (the SDK asks
/// for headers only, and would otherwise read the body after the pipeline had let go of the attempt). A body that fails
/// half-way is a failed attempt (<see cref="HttpRequestException"/>, retried); a body read to its end with a success
/// status marks the call's <see cref="ReplyReceipt"/>.
/// </summary>
internal sealed class ReplyBodyHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        if (response.IsSuccessStatusCode) ReplyReceipt.Current?.MarkReceived();
        return response;
    }
}
