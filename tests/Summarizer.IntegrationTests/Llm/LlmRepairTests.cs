using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Verification;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>Failed attempts (malformed, truncated, unverified, bad citations), repair prompts and fallback.</summary>
public sealed class LlmRepairTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Summarizer.Articles.Article A => TestArticles.Paris;

    [Fact]
    public async Task Malformed_json_is_a_failed_attempt_and_the_next_one_counts()
    {
        _server.Enqueue(Replies.Completion("{\"headline\": \"Ministers weigh"), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Equal(2, summary.Usage!.Calls);
        Assert.Contains(host.Logs.Lines, l => l.Contains("attempt 1 failed: malformed-json"));
    }

    [Fact]
    public async Task Off_schema_json_is_rejected()
    {
        var extraField = Replies.SummaryJson().Replace("\"headline\"", "\"mood\":\"grim\",\"headline\"");
        _server.Enqueue(Replies.Completion(extraField), Replies.Completion("{\"headline\":\"x\"}"), Replies.Completion("[]"));
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.MalformedJson, summary.Fallback);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Truncated_reply_is_detected_and_retried()
    {
        _server.Enqueue(Replies.Completion(Replies.SummaryJson()[..80], finishReason: "length"), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Contains(host.Logs.Lines, l => l.Contains("attempt 1 failed: truncated"));
    }

    [Fact]
    public async Task Always_truncated_falls_back_with_reason()
    {
        var cut = Replies.Completion(Replies.SummaryJson(), finishReason: "length");
        _server.Enqueue(cut, cut, cut);
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Truncated, summary.Fallback);
    }

    [Fact]
    public async Task Number_missing_from_the_article_is_caught_and_repaired()
    {
        _server.Enqueue(Replies.Summary(troops: "30,000", value: 30000), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.True(summary.Verdict!.IsVerified);
        Assert.Equal(25000, summary.Quantities.Single().Value);
        Assert.Equal(2, summary.Usage!.Calls);
        var repair = _server.Requests[1].Messages;
        Assert.Contains("correcting a structured summary", repair[0].Content);
        Assert.Contains("<previous_summary>", repair[1].Content);
        Assert.Contains("up to 30,000 troops", repair[1].Content);
        Assert.Contains("- [quantity] 30000 — is not supported by the article.", repair[1].Content);
        Assert.Contains("[1] The force could number up to 25,000 troops", repair[1].Content);
    }

    [Fact]
    public async Task Real_verifier_catches_a_figure_the_article_lacks_and_the_repair_fixes_it()
    {
        var facts = new FactExtractor().Extract(A);
        _server.Enqueue(Replies.Summary(troops: "30,000", value: 30000), Replies.Summary());
        await using var host = LlmTestHost.Create(_server, realVerifier: new SummaryVerifier());

        var summary = await host.SummarizeAsync(A, facts);

        Assert.Null(summary.Fallback);
        Assert.True(summary.Verdict!.IsVerified, string.Join("; ", summary.Verdict.Findings.Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind} {f.Claim} {f.Status}")));
        Assert.Equal(2, _server.Requests.Count);
        var problems = _server.Requests[1].Messages[1].Content;
        Assert.Contains("30,000", problems[problems.IndexOf("Problems found", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Model_that_never_gets_it_right_falls_back_to_extractive_with_reason()
    {
        var wrong = Replies.Summary(troops: "30,000", value: 30000);
        _server.Enqueue(wrong, wrong, wrong, Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Unverified, summary.Fallback);
        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(3, _server.Requests.Count); // first attempt + MaxRepairAttempts (2)
        Assert.Equal(3, summary.Usage!.Calls);
        Assert.NotNull(summary.Verdict); // the verifier's own verdict on the extractive summary
        Assert.Equal(4, host.Verifier.Calls);
    }

    [Fact]
    public async Task Citation_of_a_missing_sentence_is_repaired()
    {
        _server.Enqueue(Replies.Completion(Replies.SummaryJson().Replace("\"sentenceIds\":[1]", "\"sentenceIds\":[99]")), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        Assert.Contains("cites sentence 99", _server.Requests[1].Messages[1].Content);
    }

    [Fact]
    public async Task Zero_repair_attempts_means_one_call()
    {
        _server.Enqueue(Replies.Summary(troops: "30,000", value: 30000), Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:MaxRepairAttempts"] = "0" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.Unverified, summary.Fallback);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Content_filtered_reply_is_a_failed_attempt()
    {
        var filtered = Replies.Completion("", finishReason: "content_filter");
        _server.Enqueue(filtered, filtered, filtered);
        await using var host = LlmTestHost.Create(_server);

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Equal(FallbackReasons.ContentFilter, summary.Fallback);
    }
}
