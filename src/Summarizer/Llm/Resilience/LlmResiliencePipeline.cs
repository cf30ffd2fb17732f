using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Summarizer.Llm.Configuration;

namespace Summarizer.Llm.Resilience;

/// <summary>
/// The resilience pipeline of one endpoint, outermost first: retry on 408, 429, 5xx, network errors and attempt
/// timeouts (exponential backoff with jitter, or the server's Retry-After / retry-after-ms, capped at
/// <see cref="LlmResilienceOptions.MaxRetryAfter"/>), then the circuit breaker, then the per-attempt timeout
/// (innermost, so every attempt gets the full time and timeouts count as breaker failures; under an API request's
/// model-stage budget, at most the budget / (MaxRetries + 1): see <see cref="Engine.ModelStageBudget.AttemptTimeout"/>). Delays and timeouts run
/// on the container's <see cref="TimeProvider"/>.
/// </summary>
internal static class LlmResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var o = services.GetRequiredService<IOptions<LlmOptions>>().Value.Resilience;
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LlmResiliencePipeline).FullName!);
        var endpoint = context.InstanceName;

        if (o.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = o.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.BaseDelay,
                // Read below instead: the built-in reader has no cap and ignores OpenAI's retry-after-ms.
                ShouldRetryAfterHeader = false,
                // Null falls back to the backoff above; a server's own ask wins, capped.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterParser.FromResponse(args.Outcome.Result, time.GetUtcNow()) is { } wait
                        ? (TimeSpan?)(wait > o.MaxRetryAfter ? o.MaxRetryAfter : wait)
                        : null),
                OnRetry = args =>
                {
                    LlmLog.Retrying(logger, endpoint, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                        (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = o.BreakerFailureRatio,
            MinimumThroughput = o.BreakerMinimumThroughput,
            SamplingDuration = o.BreakerSamplingDuration,
            BreakDuration = o.BreakerBreakDuration,
            OnOpened = args =>
            {
                LlmLog.CircuitOpened(logger, endpoint, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        });

        // Under a caller's model-stage budget (an API request) an attempt gets at most the budget / (MaxRetries + 1), so a
        // hung first attempt leaves time for the retries; batch runs get the full AttemptTimeout.
        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Timeout = o.AttemptTimeout,
            TimeoutGenerator = _ => ValueTask.FromResult(Engine.ModelStageBudget.AttemptTimeout(o.AttemptTimeout, o.MaxRetries)),
        });
    }
}
