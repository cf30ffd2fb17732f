using System.ClientModel;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Summarizer.Llm.Usage;

namespace Summarizer.Llm.Engine;

/// <summary>Maps a failed model call (after resilience gave up) to a fallback reason; null means "not ours, rethrow".</summary>
internal static class CallFailureReason
{
    public static string? Of(Exception ex, CancellationToken callerToken) => ex switch
    {
        LlmSummaryFailedException f => f.Reason,
        BrokenCircuitException => FallbackReasons.CircuitOpen,
        RunBudgetExceededException => FallbackReasons.BudgetExhausted,
        TimeoutRejectedException => FallbackReasons.Timeout,
        ClientResultException { Status: > 0 } cre => FallbackReasons.Http(cre.Status),
        ClientResultException or HttpRequestException or IOException => FallbackReasons.NetworkError,
        _ when IsUnreadableResponse(ex) => FallbackReasons.MalformedResponse,
        // Cancelled, but not by our caller: a transport timeout.
        OperationCanceledException when !callerToken.IsCancellationRequested => FallbackReasons.Timeout,
        _ => null,
    };

    /// <summary>
    /// The SDK could not read a success reply as a chat completion: marked by <see cref="Client.UnreadableReplyGuardChatClient"/>
    /// whatever the SDK threw (a 200 that is not JSON, <c>"choices": []</c>, …); a bare <see cref="System.Text.Json.JsonException"/>
    /// still counts for an application's own SDK client, whose transport has no receipt.
    /// </summary>
    public static bool IsUnreadableResponse(Exception ex) => ex is Client.UnreadableReplyException or System.Text.Json.JsonException;
}
