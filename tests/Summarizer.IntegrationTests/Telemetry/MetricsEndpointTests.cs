using System.Net;
using System.Text.Json.Nodes;
using Summarizer.IntegrationTests.Api;

namespace Summarizer.IntegrationTests.Telemetry;

/// <summary><c>serve</c> exposes the product's OpenTelemetry metrics as Prometheus text at <c>/metrics</c>.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_show_stage_latency_cache_lookups_and_processed_articles_after_a_summary()
    {
        await using var host = await ServeHost.StartAsync();
        var article = new JsonObject { ["title"] = "Seed", ["outlet"] = "Wire", ["text"] = Seeds.Text(1) }.ToJsonString();
        var posted = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(article)));
        Assert.True(posted.IsSuccessStatusCode, $"{(int)posted.StatusCode}");

        var response = await host.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("summarizer_stage_duration_seconds_count{", StringComparison.Ordinal) && l.Contains("stage=\"facts\""));
        Assert.Contains(lines, l => l.StartsWith("summarizer_stage_duration_seconds_count{", StringComparison.Ordinal) && l.Contains("stage=\"summary\""));
        Assert.Contains(lines, l => l.StartsWith("summarizer_cache_misses_total{", StringComparison.Ordinal) && l.Contains("stage=\"summary\""));
        Assert.Contains(lines, l => l.StartsWith("summarizer_articles_processed_total{", StringComparison.Ordinal) && l.Contains("engine=\"extractive\""));
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_show_model_calls_and_their_tokens_when_a_model_is_configured()
    {
        await using var model = await FakeOpenAIServer.StartEchoAsync(TimeSpan.Zero);
        await using var host = await ServeHost.StartAsync(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = model.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Comparison:UseModel"] = "false",
        }, realVerifier: true);
        var article = new JsonObject { ["title"] = "Seed", ["text"] = Seeds.Text(2) }.ToJsonString();
        var posted = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(article)));
        Assert.True(posted.IsSuccessStatusCode, $"{(int)posted.StatusCode}");
        Assert.Equal(1, model.RequestCount);

        var lines = (await host.Client.GetStringAsync("/metrics")).Split('\n');

        Assert.Contains(lines, l => l.StartsWith("gen_ai_client_operation_duration_seconds_count{", StringComparison.Ordinal) && l.Contains("fake-model"));
        Assert.Contains(lines, l => l.StartsWith("gen_ai_client_token_usage_", StringComparison.Ordinal) && l.Contains("gen_ai_token_type=\"input\""));
    }
}
