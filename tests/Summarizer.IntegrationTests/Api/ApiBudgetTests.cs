using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.IntegrationTests.Api;

/// <summary>
/// Each API request is its own run with the whole run budget, and all requests of a day together keep to the API's daily
/// budget. Every model call here costs a dollar or more (at least 1,000 prompt tokens at $1,000 per million).
/// </summary>
public sealed class ApiBudgetTests : IAsyncLifetime
{
    private FakeOpenAIServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeOpenAIServer.StartEchoAsync(TimeSpan.Zero);

    public async Task DisposeAsync() => await _model.DisposeAsync();

    private Task<ServeHost> StartAsync(string? dailyBudget) => ServeHost.StartAsync(new Dictionary<string, string?>
    {
        ["Summarizer:Llm:Provider"] = "OpenAICompatible",
        ["Summarizer:Llm:Endpoint"] = _model.Endpoint,
        ["Summarizer:Llm:Model"] = "fake-model",
        ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
        ["Summarizer:Llm:Prices:fake-model:InputPerMillion"] = "1000",
        ["Summarizer:Llm:Prices:fake-model:OutputPerMillion"] = "0",
        ["Summarizer:Llm:RunBudgetUsd"] = "1",
        ["Summarizer:Llm:ApiDailyBudgetUsd"] = dailyBudget,
        ["Summarizer:Comparison:UseModel"] = "false",
    }, realVerifier: true);

    private static async Task<JsonElement> SummaryOfSeedAsync(ServeHost host, int seed)
    {
        var body = new JsonObject { ["title"] = $"Seed {seed}", ["text"] = Seeds.Text(seed) }.ToJsonString();
        var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/summaries", ServeHost.Json(body)));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("summary").Clone();
    }

    [Fact]
    public async Task Every_request_gets_the_whole_run_budget()
    {
        await using var host = await StartAsync(dailyBudget: null);

        for (int seed = 0; seed < 4; seed++)
        {
            var summary = await SummaryOfSeedAsync(host, seed);
            Assert.False(summary.TryGetProperty("fallback", out var fallback), $"request {seed + 1} fell back: {fallback}");
            Assert.StartsWith("llm:", summary.GetProperty("engine").GetString());
            // One call spends the whole run budget and more: without a run per request, the second would be refused.
            Assert.True(summary.GetProperty("usage").GetProperty("cost").GetDecimal() >= 1);
        }
        Assert.Equal(4, _model.RequestCount);
    }

    [Fact]
    public async Task The_daily_api_budget_stops_model_calls_once_spent()
    {
        await using var host = await StartAsync(dailyBudget: "2");

        var first = await SummaryOfSeedAsync(host, 0);
        var second = await SummaryOfSeedAsync(host, 1);
        var third = await SummaryOfSeedAsync(host, 2);

        Assert.False(first.TryGetProperty("fallback", out _));
        Assert.False(second.TryGetProperty("fallback", out _));
        Assert.Equal("budget-exhausted", third.GetProperty("fallback").GetString());
        Assert.Equal("extractive", third.GetProperty("engine").GetString());
        Assert.Equal(2, _model.RequestCount);
    }
}
