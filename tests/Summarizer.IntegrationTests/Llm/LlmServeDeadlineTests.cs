using System.Net;
using System.Text.Json.Nodes;
using Summarizer.IntegrationTests.Api;
using Summarizer.Llm.Engine;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// <c>serve</c> with a model that never answers in time: the model stage's total budget ends before the request's
/// deadline, so the client gets the extractive summary rather than a 503.
/// </summary>
public sealed class LlmServeDeadlineTests
{
    [Fact]
    public async Task A_model_too_slow_for_the_request_deadline_gives_the_extractive_summary_not_a_503()
    {
        await using var model = await FakeOpenAIServer.StartAsync();
        var slow = Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) };
        model.Enqueue(Enumerable.Repeat(slow, 20).ToArray());
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = model.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:01",
            ["Summarizer:Llm:Resilience:BaseDelay"] = "00:00:00.050",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "10",
            ["Summarizer:Llm:Resilience:TotalTimeout"] = "00:00:02.500",
            ["Summarizer:Api:RequestTimeoutSeconds"] = "6",
            ["Summarizer:Comparison:UseModel"] = "false",
        });
        var article = new JsonObject { ["title"] = "Seed", ["text"] = Seeds.Text(1) }.ToJsonString();

        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(article)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var summary = JsonNode.Parse(body)!["summary"]!;
        Assert.Equal(FallbackReasons.TotalTimeout, (string?)summary["fallback"]);
        Assert.Equal("extractive", (string?)summary["engine"]);
        // Eleven attempts allowed, each cut at its share of the request's 5 s budget (5 s / 11): the 2.5 s total stopped them.
        Assert.InRange(model.RequestCount, 2, 7);
    }

    [Fact]
    public async Task Without_a_total_timeout_the_request_deadline_still_gives_the_model_stage_a_budget()
    {
        // No Resilience:TotalTimeout: the budget comes from Api:RequestTimeoutSeconds (6 s less a sixth: 5 s).
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Enqueue(Enumerable.Repeat(Replies.Summary() with { Delay = TimeSpan.FromSeconds(30) }, 20).ToArray());
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = model.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:02",
            ["Summarizer:Llm:Resilience:BaseDelay"] = "00:00:00.050",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "10",
            ["Summarizer:Api:RequestTimeoutSeconds"] = "6",
            ["Summarizer:Comparison:UseModel"] = "false",
        });
        var article = new JsonObject { ["title"] = "Seed", ["text"] = Seeds.Text(1) }.ToJsonString();

        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(article)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var summary = JsonNode.Parse(body)!["summary"]!;
        Assert.Equal(FallbackReasons.TotalTimeout, (string?)summary["fallback"]);
        Assert.Equal("extractive", (string?)summary["engine"]);
    }

    [Theory]
    [InlineData(60, 50)]
    [InlineData(6, 5)]
    [InlineData(300, 290)]
    [InlineData(1, 1 - 1.0 / 6)]
    public void An_api_requests_model_budget_is_its_deadline_less_a_sixth_at_most_10_s(int deadlineSeconds, double budgetSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(budgetSeconds).TotalMilliseconds,
            Summarizer.Host.Api.ApiTimeouts.ModelStageBudget(new Summarizer.Host.Api.ApiOptions { RequestTimeoutSeconds = deadlineSeconds }).TotalMilliseconds, 1);
}
