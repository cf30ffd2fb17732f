namespace Summarizer.Llm.Engine;

/// <summary>Values of <see cref="Summaries.StructuredSummary.Fallback"/> set by the LLM engine.</summary>
public static class FallbackReasons
{
    public const string Unverified = "unverified";
    public const string MalformedJson = "malformed-json";

    /// <summary>The server answered, but not with a chat completion (not JSON at all, e.g. a proxy's error page).</summary>
    public const string MalformedResponse = "malformed-response";
    public const string Truncated = "truncated";
    public const string ContentFilter = "content-filter";
    public const string InvalidSentenceIds = "invalid-sentence-ids";
    public const string CircuitOpen = "circuit-open";
    public const string BudgetExhausted = "budget-exhausted";
    public const string Timeout = "timeout";

    /// <summary>The model stage used up <see cref="Configuration.LlmResilienceOptions.TotalTimeout"/> (calls, retries, waits, repairs).</summary>
    public const string TotalTimeout = "total-timeout";
    public const string NetworkError = "network-error";

    /// <summary>"http-401", "http-429", … for a call that failed with that status after any retries.</summary>
    public static string Http(int status) => $"http-{status}";
}
