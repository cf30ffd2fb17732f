using Summarizer.Summaries;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// Replies the SDK cannot read, bodies that trickle in, and the model stage's total budget, over real HTTP from the fake
/// server through the kernel, the OpenAI SDK and the resilient HttpClient.
/// </summary>
public sealed class LlmReplyFaultTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Summarizer.Articles.Article A => TestArticles.Paris;

    private LlmTestHost Host(ScaledTimeProvider time, Dictionary<string, string?>? overrides = null) =>
        LlmTestHost.Create(_server, overrides, time);

    [Fact]
    public async Task A_completion_with_no_choices_is_a_failed_attempt_followed_by_a_good_one()
    {
        _server.Enqueue(Replies.EmptyChoices(), Replies.Summary());
        await using var host = Host(new ScaledTimeProvider(1000));

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(host.Logs.Lines, l => l.Contains($"attempt 1 failed: {FallbackReasons.MalformedResponse}"));
    }

    [Fact]
    public async Task Completions_with_no_choices_fall_back_to_the_extractive_summary()
    {
        _server.Enqueue(Replies.EmptyChoices(), Replies.EmptyChoices(), Replies.EmptyChoices(), Replies.Summary());
        await using var host = Host(new ScaledTimeProvider(1000));

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.MalformedResponse, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(3, _server.Requests.Count); // first attempt + MaxRepairAttempts (2)
        Assert.NotNull(summary.Verdict);
    }

    [Fact]
    public async Task A_reply_body_over_the_cap_is_not_read_and_the_article_falls_back()
    {
        // A well-formed summary whose lede alone is over the cap: read whole, it would be a verdict on a 1 MiB lede.
        string padding = string.Concat(Enumerable.Repeat("European defence ministers discussed a reassurance force. ", 20_000));
        var huge = Replies.Completion(Replies.SummaryJson().Replace("European defence ministers discussed", padding + "European defence ministers discussed", StringComparison.Ordinal));
        _server.Enqueue(huge, huge, huge, Replies.Summary());
        await using var host = Host(new ScaledTimeProvider(1000));

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.MalformedResponse, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.True(summary.Lede.Length < 1000);
    }

    [Fact]
    public async Task A_body_that_trickles_past_the_attempt_timeout_is_cut_off_and_retried()
    {
        // About 1.3 KB at 100 bytes a second: 13 s, against a 1-second attempt.
        _server.Enqueue(Replies.Summary() with { BytesPerSecond = 100 }, Replies.Summary());
        var time = new ScaledTimeProvider(1000);
        await using var host = Host(time, new() { ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:01" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Retrying model call") && l.Contains("TimeoutRejectedException"));
        Assert.Equal(2, time.RequestedDelays.Count(d => d == TimeSpan.FromSeconds(1))); // one attempt timer each
    }

    [Fact]
    public async Task Bodies_that_always_trickle_fall_back_with_timeout()
    {
        var slow = Replies.Summary() with { BytesPerSecond = 100 };
        _server.Enqueue(slow, slow);
        await using var host = Host(new ScaledTimeProvider(1000), new()
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.500",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "1",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Timeout, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task A_body_sent_in_pieces_within_the_attempt_timeout_is_read_whole()
    {
        _server.Enqueue(Replies.Summary() with { BytesPerSecond = 4000 }); // about 0.3 s
        await using var host = Host(new ScaledTimeProvider(1000));

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal("llm:fake-model", summary.Engine);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_total_timeout_ends_retries_and_falls_back_with_its_reason()
    {
        var slow = Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) };
        _server.Enqueue(Enumerable.Repeat(slow, 10).ToArray());
        var time = new ScaledTimeProvider(1000);
        await using var host = Host(time, new()
        {
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:00.600",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "8",
            ["Summarizer:Llm:Resilience:TotalTimeout"] = "00:00:01.500",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.TotalTimeout, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.NotNull(summary.Verdict);
        Assert.InRange(_server.RequestCount, 2, 4); // nine attempts allowed, the budget stopped them
        Assert.Contains(TimeSpan.FromSeconds(1.5), time.RequestedDelays); // the budget ran on the injected clock
        Assert.Contains(host.Logs.Lines, l => l.Contains(FallbackReasons.TotalTimeout));
    }

    [Fact]
    public async Task Caller_cancellation_within_the_total_timeout_is_still_a_cancellation()
    {
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) });
        await using var host = Host(new ScaledTimeProvider(1000));
        using var cts = new CancellationTokenSource();
        var call = host.Engine.SummarizeAsync(A, Task.FromResult(TestArticles.NoFacts(A)), cts.Token);
        for (var i = 0; i < 2000 && _server.RequestCount == 0; i++) await Task.Delay(5);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task A_batch_call_has_no_total_budget_and_waits_out_a_retry_after_of_a_minute()
    {
        // run and the nightly batch: no request deadline, no Resilience:TotalTimeout set, so a 429 asking for 55 s is waited out.
        _server.Enqueue(Replies.Error(429, retryAfter: "55"), Replies.Summary());
        var time = new ScaledTimeProvider(1000);
        await using var host = Host(time);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, _server.RequestCount);
        Assert.Contains(TimeSpan.FromSeconds(55), time.RequestedDelays);
        // The only timers are the attempt timeout (5 s in the test host) and the Retry-After wait: no total budget.
        Assert.All(time.RequestedDelays, d => Assert.Contains(d, new[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(55) }));
    }

    [Fact]
    public async Task The_budget_an_api_request_sets_ends_a_retry_after_longer_than_it_and_a_batch_call_of_the_same_engine_waits()
    {
        // Real time (a budget's timer is not scaled by the test clock): a 2-second Retry-After against a 1-second budget.
        _server.Enqueue(Replies.Error(429, retryAfter: "2"));
        await using var host = Host(new ScaledTimeProvider(1));

        StructuredSummary api;
        using (ModelStageBudget.Limit(TimeSpan.FromSeconds(1)))
            api = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.TotalTimeout, api.Fallback);
        Assert.Equal("extractive", api.Engine);
        Assert.Equal(1, _server.RequestCount);

        _server.Enqueue(Replies.Error(429, retryAfter: "2"), Replies.Summary());
        var batch = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(batch.Fallback);
        Assert.Equal(3, _server.RequestCount);
    }

    [Fact]
    public async Task An_api_budget_counts_the_time_queued_for_a_slot_and_the_queued_call_falls_back_in_time()
    {
        // Real time: one slot, held 2.5 s by a batch call; the API call queued behind it has a 1-second budget, counted from
        // its start, so it gives up its wait for the slot and falls back at 1 s, before the slot frees.
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(2.5) }, Replies.Summary());
        await using var host = Host(new ScaledTimeProvider(1), new() { ["Summarizer:Llm:MaxConcurrency"] = "1" });

        var holder = host.SummarizeAsync(A, TestArticles.NoFacts(A));
        for (var i = 0; i < 2000 && _server.RequestCount == 0; i++) await Task.Delay(5);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Task<StructuredSummary> queued;
        using (ModelStageBudget.Limit(TimeSpan.FromSeconds(1)))
            queued = host.SummarizeAsync(A, TestArticles.NoFacts(A));

        var api = await queued;
        clock.Stop();
        Assert.True(api.Fallback == FallbackReasons.TotalTimeout, $"{api.Fallback} {api.Engine} after {clock.Elapsed}, {_server.RequestCount} requests");
        Assert.Equal("extractive", api.Engine);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.2), $"fell back after {clock.Elapsed}");
        Assert.Equal(1, _server.RequestCount); // the queued call never reached the model
        Assert.Null((await holder).Fallback);
    }

    [Fact]
    public async Task A_configured_total_timeout_in_a_batch_starts_at_the_slot_not_while_the_call_queues()
    {
        // Real time: one slot held 1.5 s; the queued batch call's reply takes 1.5 s more: 3 s after it asked, 1.5 s after its slot.
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(1.5) }, Replies.Summary() with { Delay = TimeSpan.FromSeconds(1.5) });
        await using var host = Host(new ScaledTimeProvider(1), new()
        {
            ["Summarizer:Llm:MaxConcurrency"] = "1",
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:02.500",
            ["Summarizer:Llm:Resilience:TotalTimeout"] = "00:00:02.500",
        });

        var holder = host.SummarizeAsync(A, TestArticles.NoFacts(A));
        for (var i = 0; i < 2000 && _server.RequestCount == 0; i++) await Task.Delay(5);
        var queued = host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null((await holder).Fallback);
        Assert.Null((await queued).Fallback);
        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task Under_an_api_budget_a_hung_first_attempt_is_cut_at_its_share_and_retried_in_time()
    {
        // Real time: a 3-second budget and one retry give each attempt 1.5 s (not the 60 s AttemptTimeout); the first hangs.
        _server.Enqueue(Replies.Summary() with { Delay = TimeSpan.FromSeconds(10) }, Replies.Summary());
        await using var host = Host(new ScaledTimeProvider(1), new()
        {
            ["Summarizer:Llm:Resilience:MaxRetries"] = "1",
            ["Summarizer:Llm:Resilience:BaseDelay"] = "00:00:00.100",
        });

        StructuredSummary api;
        using (ModelStageBudget.Limit(TimeSpan.FromSeconds(3)))
            api = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(api.Fallback);
        Assert.Equal(2, _server.RequestCount);
    }
}
