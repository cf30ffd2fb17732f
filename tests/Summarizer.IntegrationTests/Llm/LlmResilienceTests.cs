using Summarizer.Summaries;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// Retries, Retry-After, attempt timeout, circuit breaker, non-retryable statuses and hostile replies, over real HTTP
/// through the kernel and the SDK's resilient HttpClient. Waits run on the injected clock, which records every delay
/// asked of it: the tests check the delays asked for, the requests made and the outcome, never the time taken.
/// </summary>
public sealed class LlmResilienceTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Summarizer.Articles.Article A => TestArticles.Paris;

    // Waits pass a thousand times faster than asked (a 30-second Retry-After takes 30 ms); timeouts run in real time.
    private static ScaledTimeProvider FastClock() => new(factor: 1000);

    private LlmTestHost Host(ScaledTimeProvider time, Dictionary<string, string?>? overrides = null) =>
        LlmTestHost.Create(_server, overrides, time);

    [Fact]
    public async Task Retry_after_429_is_honoured()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "1"), Replies.Summary());
        var time = FastClock();
        await using var host = Host(time);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), time.RequestedDelays);
    }

    [Fact]
    public async Task Long_retry_after_in_seconds_or_as_a_date_is_honoured_and_capped()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "30"), Replies.Error(503, retryAfter: "Wed, 21 Oct 2099 07:28:00 GMT"), Replies.Summary());
        var time = FastClock();
        await using var host = Host(time, new() { ["Summarizer:Llm:Resilience:MaxRetryAfter"] = "00:00:45" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(30), time.RequestedDelays); // the server's ask
        Assert.Contains(TimeSpan.FromSeconds(45), time.RequestedDelays); // a far-future date, capped
    }

    [Fact]
    public async Task Retry_after_is_capped_and_openai_milliseconds_are_read()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "120"), Replies.ThrottledMs(250), Replies.Summary());
        var time = FastClock();
        await using var host = Host(time, new() { ["Summarizer:Llm:Resilience:MaxRetryAfter"] = "00:00:02" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Contains(TimeSpan.FromSeconds(2), time.RequestedDelays);
        Assert.Contains(TimeSpan.FromMilliseconds(250), time.RequestedDelays);
        Assert.DoesNotContain(TimeSpan.FromSeconds(120), time.RequestedDelays);
    }

    [Fact]
    public async Task Slow_reply_times_out_and_is_retried()
    {
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) }, Replies.Summary());
        var time = FastClock();
        await using var host = Host(time, new() { ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.300" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(2, time.RequestedDelays.Count(d => d == TimeSpan.FromMilliseconds(300))); // one timer per attempt
    }

    [Fact]
    public async Task Every_attempt_timing_out_falls_back_with_timeout()
    {
        var slow = Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) };
        _server.Enqueue(slow, slow);
        await using var host = Host(FastClock(), new()
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.300",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "1",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Timeout, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task Repeated_500s_open_the_circuit_and_later_calls_are_refused_without_a_request()
    {
        _server.Enqueue(Replies.Error(500), Replies.Error(500), Replies.Error(500), Replies.Summary());
        await using var host = Host(FastClock(), new()
        {
            ["Summarizer:Llm:Resilience:MaxRetries"] = "2",
            ["Summarizer:Llm:Resilience:BreakerMinimumThroughput"] = "3",
            ["Summarizer:Llm:Resilience:BreakerFailureRatio"] = "0.5",
            ["Summarizer:Llm:Resilience:BreakerBreakDuration"] = "00:00:30",
        });

        var first = await host.SummarizeAsync(A, TestArticles.NoFacts(A));
        var requestsAfterFirst = _server.Requests.Count;
        var second = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Http(500), first.Fallback);
        Assert.Equal(3, requestsAfterFirst);
        Assert.Equal(FallbackReasons.CircuitOpen, second.Fallback);
        Assert.Equal(requestsAfterFirst, _server.Requests.Count);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Circuit to") && l.Contains("opened"));
    }

    [Fact]
    public async Task A_5xx_then_a_reply_is_retried_and_used()
    {
        _server.Enqueue(Replies.Error(502), Replies.Error(503), Replies.Summary());
        var time = FastClock();
        await using var host = Host(time);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(1, summary.Usage!.Calls); // one logical call: retries are below the metering
        Assert.Equal(2, host.Logs.Lines.Count(l => l.Contains("Retrying model call")));
    }

    [Fact]
    public async Task A_reply_that_is_not_json_is_retried_by_the_engine_then_the_fallback_records_it()
    {
        _server.Enqueue(Replies.NotJson(), Replies.NotJson(), Replies.NotJson(), Replies.Summary());
        await using var host = Host(FastClock());

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.MalformedResponse, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(3, _server.Requests.Count); // first attempt + MaxRepairAttempts (2)
        Assert.NotNull(summary.Verdict);
    }

    [Fact]
    public async Task A_reply_that_is_not_json_once_is_followed_by_a_good_one()
    {
        _server.Enqueue(Replies.NotJson(), Replies.Summary());
        await using var host = Host(FastClock());

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(host.Logs.Lines, l => l.Contains($"attempt 1 failed: {FallbackReasons.MalformedResponse}"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Client_errors_are_not_retried(int status)
    {
        _server.Enqueue(Replies.Error(status), Replies.Summary());
        await using var host = Host(FastClock());

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Http(status), summary.Fallback);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unreachable_server_is_retried_then_falls_back_with_network_error()
    {
        await using var host = Host(FastClock(), new()
        {
            ["Summarizer:Llm:Endpoint"] = "http://127.0.0.1:1/v1", // nothing listens on port 1
            ["Summarizer:Llm:Resilience:MaxRetries"] = "1",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.NetworkError, summary.Fallback);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Retrying model call"));
    }

    [Fact]
    public async Task Concurrency_limit_bounds_requests_in_flight()
    {
        _server.Enqueue(Enumerable.Range(0, 6).Select(_ => Replies.Summary() with { Delay = TimeSpan.FromMilliseconds(100) }).ToArray());
        await using var host = Host(FastClock(), new() { ["Summarizer:Llm:MaxConcurrency"] = "2" });

        var summaries = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.SummarizeAsync(A, TestArticles.NoFacts(A))));

        Assert.All(summaries, s => Assert.Null(s.Fallback));
        Assert.Equal(2, _server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_a_fallback()
    {
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) });
        await using var host = Host(FastClock(), new()
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "01:00:00",
            ["Summarizer:Llm:Resilience:TotalTimeout"] = "01:00:00",
        });
        using var cts = new CancellationTokenSource();
        var call = host.Engine.SummarizeAsync(A, TestArticles.NoFacts(A), cts.Token);
        for (var i = 0; i < 2000 && _server.RequestCount == 0; i++) await Task.Delay(5); // the request is at the server
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
