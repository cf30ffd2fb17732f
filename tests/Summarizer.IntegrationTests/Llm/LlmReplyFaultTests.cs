using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// Replies the SDK cannot read, bodies that trickle in, over real HTTP from the fake
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
}
