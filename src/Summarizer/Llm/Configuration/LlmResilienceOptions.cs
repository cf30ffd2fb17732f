namespace Summarizer.Llm.Configuration;

/// <summary>Retry, timeout and circuit-breaker settings of model calls (<c>Summarizer:Llm:Resilience</c>).</summary>
public sealed class LlmResilienceOptions
{
    /// <summary>Retries after the first attempt on 408, 429, 5xx, network errors and attempt timeouts.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on a server's Retry-After: a longer ask is shortened to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Time limit of one HTTP attempt, from sending the request to the last byte of the reply (a local CPU model writing
    /// a long summary needs most of the default minute). Under an API request's model-stage budget an attempt gets at most
    /// the budget / (<see cref="MaxRetries"/> + 1), so a hung attempt leaves time for the retries.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Optional time limit of the whole model stage of one article (every call, retry, Retry-After wait and repair),
    /// counted from when its first call gets a concurrency slot; then the engine returns the extractive summary with the
    /// fallback reason <c>total-timeout</c>. Unset (the default), <c>run</c> and the nightly batch have no total limit.
    /// An API request always gets one derived from its own deadline (<c>Summarizer:Api:RequestTimeoutSeconds</c> less
    /// a margin for the fallback), counted from the request's start (slot queueing included); when this is set too,
    /// whichever ends first applies. At least <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling window before the breaker may open (at least 2).</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls before letting one through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
