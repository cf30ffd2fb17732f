using System.ClientModel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Summarizer.Llm.Resilience;

/// <summary>Which failures are worth another attempt: 408, 429, 5xx, network errors and timeouts. Never 400/401/403.</summary>
public static class TransientFailure
{
    public static bool IsTransient(Exception? exception) => exception switch
    {
        null => false,
        BrokenCircuitException => false,
        TimeoutRejectedException => true,
        ClientResultException { Status: 408 or 429 or >= 500 } => true,
        // Status 0: no response at all; the transport wraps the network error.
        ClientResultException { Status: 0, InnerException: { } inner } => IsNetworkError(inner),
        ClientResultException => false,
        _ => IsNetworkError(exception),
    };

    /// <summary>The HTTP status of a failed call, or null when there was no response.</summary>
    public static int? StatusOf(Exception? exception) =>
        exception is ClientResultException { Status: > 0 } cre ? cre.Status : null;

    private static bool IsNetworkError(Exception e) => e switch
    {
        HttpRequestException or IOException => true,
        // HttpClient's own timeout surfaces as a cancellation wrapping a TimeoutException.
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
