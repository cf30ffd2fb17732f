namespace Summarizer.Llm.Configuration;

/// <summary>Retry, timeout and circuit-breaker settings of model calls (<c>Summarizer:Llm:Resilience</c>).</summary>
public sealed class LlmResilienceOptions
{
    /// <summary>Retries after the first attempt on 408, 429, 5xx, network errors and attempt timeouts.</summary>
    /// <remarks>
    /// The defaults fit an API request's default 60-second deadline: 3 attempts of 15 s and their backoff (about 3 s)
    /// stay inside the 50-second <see cref="TotalTimeout"/>, which leaves 10 s for the extractive fallback.
    /// </remarks>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First backoff delay; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on a server's Retry-After: a longer ask is shortened to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time limit of one HTTP attempt, from sending the request to the last byte of the reply.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Time limit of the whole model stage of one article (every call, retry, Retry-After wait and repair); then the
    /// engine returns the extractive summary with the fallback reason <c>total-timeout</c>. Keep it below
    /// <c>Summarizer:Api:RequestTimeoutSeconds</c>, with room for the fallback, so an API request gets the fallback
    /// rather than a 503; at least <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling window before the breaker may open (at least 2).</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls before letting one through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
