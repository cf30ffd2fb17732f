using Summarizer.Summaries;
using System.Diagnostics;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>Retries, Retry-After, attempt timeout, circuit breaker and non-retryable statuses, over real HTTP.</summary>
public sealed class LlmResilienceTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Summarizer.Articles.Article A => TestArticles.Paris;

    [Fact]
    public async Task Retry_after_429_is_honoured()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "1"), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var watch = Stopwatch.StartNew();
        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Long_retry_after_is_honoured_on_the_injected_clock()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "30"), Replies.Error(503, retryAfter: "Wed, 21 Oct 2099 07:28:00 GMT"), Replies.Summary());
        var time = new ScaledTimeProvider(factor: 100);
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "01:00:00",
            ["Summarizer:Llm:Resilience:MaxRetryAfter"] = "00:00:45",
        }, time);

        var watch = Stopwatch.StartNew();
        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Contains(TimeSpan.FromSeconds(30), time.RequestedDelays); // the server's ask
        Assert.Contains(TimeSpan.FromSeconds(45), time.RequestedDelays); // a far-future date, capped
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Retry_after_is_capped()
    {
        _server.Enqueue(Replies.Error(429, retryAfter: "120"), Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:Resilience:MaxRetryAfter"] = "00:00:00.200" });

        var watch = Stopwatch.StartNew();
        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Null(summary.Fallback);
    }

    [Fact]
    public async Task Slow_reply_times_out_and_is_retried()
    {
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(5) }, Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.300" });

        var watch = Stopwatch.StartNew();
        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Every_attempt_timing_out_falls_back_with_timeout()
    {
        var slow = Replies.Summary() with { Delay = TimeSpan.FromSeconds(5) };
        _server.Enqueue(slow, slow);
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.300",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "1",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Timeout, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
    }

    [Fact]
    public async Task Repeated_500s_open_the_circuit_and_later_calls_fail_fast()
    {
        _server.Enqueue(Replies.Error(500), Replies.Error(500), Replies.Error(500), Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Resilience:MaxRetries"] = "2",
            ["Summarizer:Llm:Resilience:BreakerMinimumThroughput"] = "3",
            ["Summarizer:Llm:Resilience:BreakerFailureRatio"] = "0.5",
            ["Summarizer:Llm:Resilience:BreakerBreakDuration"] = "00:00:30",
        });

        var first = await host.SummarizeAsync(A, TestArticles.NoFacts(A));
        var requestsAfterFirst = _server.Requests.Count;
        var watch = Stopwatch.StartNew();
        var second = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Http(500), first.Fallback);
        Assert.Equal(3, requestsAfterFirst);
        Assert.Equal(FallbackReasons.CircuitOpen, second.Fallback);
        Assert.Equal(requestsAfterFirst, _server.Requests.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Circuit to") && l.Contains("opened"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Client_errors_are_not_retried(int status)
    {
        _server.Enqueue(Replies.Error(status), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Http(status), summary.Fallback);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unreachable_server_is_retried_then_falls_back_with_network_error()
    {
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
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
        _server.Enqueue(Enumerable.Range(0, 6).Select(_ => Replies.Summary() with { Delay = TimeSpan.FromMilliseconds(200) }).ToArray());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:MaxConcurrency"] = "2" });

        var summaries = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.SummarizeAsync(A, TestArticles.NoFacts(A))));

        Assert.All(summaries, s => Assert.Null(s.Fallback));
        Assert.Equal(2, _server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_a_fallback()
    {
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(5) });
        await using var host = LlmTestHost.Create(_server);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Engine.SummarizeAsync(A, TestArticles.NoFacts(A), cts.Token));
    }
}
