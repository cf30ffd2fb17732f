using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Llm.Resilience;

namespace Summarizer.Llm.Client;

/// <summary>Logs each model call's outcome, timing and token counts (never its content or credentials).</summary>
public sealed class LoggingChatClient(IChatClient inner, ILogger<LoggingChatClient> logger, string? model) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        LlmLog.CallStarted(logger, model, list.Count);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            LlmLog.CallFinished(logger, model, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.FinishReason?.Value);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Type and status only: SDK exception messages can echo request details.
            LlmLog.CallFailed(logger, model, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name, TransientFailure.StatusOf(ex));
            throw;
        }
    }
}
