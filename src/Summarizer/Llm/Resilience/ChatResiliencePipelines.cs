using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Summarizer.Llm.Configuration;

namespace Summarizer.Llm.Resilience;

/// <summary>
/// One resilience pipeline per endpoint (so each endpoint has its own circuit breaker): retry with exponential
/// backoff and jitter honouring Retry-After, then the breaker, then the per-attempt timeout (innermost, so every
/// attempt gets the full time and timeouts count as breaker failures).
/// </summary>
public sealed class ChatResiliencePipelines : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly LlmResilienceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ChatResiliencePipelines(LlmResilienceOptions options, TimeProvider? timeProvider = null, ILogger<ChatResiliencePipelines>? logger = null)
    {
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The pipeline of <paramref name="endpoint"/>, built on first use and shared after.</summary>
    public ResiliencePipeline For(string endpoint) => _registry.GetOrAddPipeline(endpoint, (builder, _) => Configure(builder, endpoint));

    private void Configure(ResiliencePipelineBuilder builder, string endpoint)
    {
        var o = _options;
        builder.TimeProvider = _time;
        var shouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailure.IsTransient);

        if (o.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = o.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.BaseDelay,
                // Null falls back to the exponential backoff above; a server's own ask wins, capped.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterParser.FromException(args.Outcome.Exception, _time.GetUtcNow()) is { } wait
                        ? (TimeSpan?)(wait > o.MaxRetryAfter ? o.MaxRetryAfter : wait)
                        : null),
                OnRetry = args =>
                {
                    LlmLog.Retrying(_logger, endpoint, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                        TransientFailure.StatusOf(args.Outcome.Exception), args.Outcome.Exception?.GetType().Name);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = shouldHandle,
            FailureRatio = o.BreakerFailureRatio,
            MinimumThroughput = o.BreakerMinimumThroughput,
            SamplingDuration = o.BreakerSamplingDuration,
            BreakDuration = o.BreakerBreakDuration,
            OnOpened = args =>
            {
                LlmLog.CircuitOpened(_logger, endpoint, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        });

        builder.AddTimeout(o.AttemptTimeout);
    }

    public void Dispose() => _registry.Dispose();
}
