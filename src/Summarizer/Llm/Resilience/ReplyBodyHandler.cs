namespace Summarizer.Llm.Resilience;

/// <summary>
/// Innermost handler of the model's <see cref="HttpClient"/>, inside the resilience pipeline's attempt timeout: reads
/// the whole reply body before the attempt counts as done, so the timeout covers a body that trickles in (the SDK asks
/// for headers only, and would otherwise read the body after the pipeline had let go of the attempt). A body that fails
/// half-way is a failed attempt (<see cref="HttpRequestException"/>, retried); a body read to its end with a success
/// status marks the call's <see cref="ReplyReceipt"/>. A body over <see cref="MaxReplyBytes"/> is no chat completion
/// of ours (a summary asks for at most a few thousand tokens) and is read no further: an unreadable reply.
/// </summary>
internal sealed class ReplyBodyHandler : DelegatingHandler
{
    /// <summary>1 MiB: about a hundred times the longest reply a prompt here asks for (2,000 tokens).</summary>
    public const int MaxReplyBytes = 1 << 20;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            response.Content = await Buffered(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        if (response.IsSuccessStatusCode) ReplyReceipt.Current?.MarkReceived();
        return response;
    }

    private static async Task<HttpContent> Buffered(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxReplyBytes) throw TooLarge();
        using var body = new MemoryStream();
        await using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            var chunk = new byte[81920];
            for (int read; (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0;)
            {
                if (body.Length + read > MaxReplyBytes) throw TooLarge();
                body.Write(chunk, 0, read);
            }
        }
        var buffered = new ByteArrayContent(body.ToArray());
        foreach (var header in content.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        content.Dispose();
        return buffered;
    }

    private static Client.UnreadableReplyException TooLarge() =>
        new(new InvalidDataException($"the reply body is over {MaxReplyBytes:N0} bytes"));
}
