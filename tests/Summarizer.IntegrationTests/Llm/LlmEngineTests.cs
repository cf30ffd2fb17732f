using Summarizer.Summaries;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>The engine over the real OpenAI SDK and real HTTP: the happy path, the request it sends, map-reduce, budget.</summary>
public sealed class LlmEngineTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Valid_reply_becomes_a_verified_summary_with_usage_and_cost()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server);
        var article = TestArticles.Paris;

        var summary = await host.SummarizeAsync(article, TestArticles.NoFacts(article));

        Assert.Equal("llm:fake-model", summary.Engine);
        Assert.Null(summary.Fallback);
        Assert.True(summary.Verdict!.IsVerified);
        Assert.Equal("Ministers weigh reassurance force for Ukraine", summary.Headline);
        Assert.Equal([1], summary.KeyPoints.Single().SentenceIds);
        Assert.Equal("up to", summary.Quantities.Single().Qualifier);
        Assert.Equal("Sebastien Lecornu", summary.Quotes.Single().Speaker);
        Assert.Equal(article.Id, summary.Id);
        // 1000 in at $2/M + 200 out at $8/M
        Assert.Equal(new Summarizer.Summaries.UsageRecord(1000, 200, 0.0036m, 1), summary.Usage);
        // The engine checks the reply once to decide that no repair is needed; the pipeline then gives the verdict, once.
        Assert.Equal(2, host.Verifier.Calls);
    }

    [Fact]
    public async Task Request_carries_numbered_sentences_settings_and_response_format()
    {
        _server.Enqueue(Replies.Summary(), Replies.Summary());
        await using var host = LlmTestHost.Create(_server);
        await host.SummarizeAsync(TestArticles.Paris, TestArticles.NoFacts(TestArticles.Paris));
        await using var strictHost = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:StructuredOutput"] = "JsonSchema" });
        await strictHost.SummarizeAsync(TestArticles.Paris, TestArticles.NoFacts(TestArticles.Paris));

        var jsonMode = _server.Requests[0].Json;
        Assert.Equal("fake-model", jsonMode.GetProperty("model").GetString());
        Assert.Equal(0, jsonMode.GetProperty("temperature").GetDouble());
        Assert.Equal("json_object", jsonMode.GetProperty("response_format").GetProperty("type").GetString());
        var messages = _server.Requests[0].Messages;
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        Assert.Contains("[0] European defence ministers met in Paris", messages[1].Content);
        Assert.Contains("[3] NATO allies will review the plan next month.", messages[1].Content);
        Assert.Contains("\"additionalProperties\":false", messages[0].Content); // JSON mode spells the schema out

        var schemaMode = _server.Requests[1].Json.GetProperty("response_format");
        Assert.Equal("json_schema", schemaMode.GetProperty("type").GetString());
        Assert.True(schemaMode.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.DoesNotContain("additionalProperties", _server.Requests[1].Messages[0].Content);
    }

    [Fact]
    public async Task Long_article_is_summarised_map_reduce_with_global_sentence_ids()
    {
        var sentences = Enumerable.Range(0, 60).Select(i => $"Paragraph {i} describes talks between ministers about the reassurance force in some detail.").ToArray();
        var article = TestArticles.Make(sentences);
        _server.Enqueue(Enumerable.Range(0, 10).Select(_ => Replies.Summary("59", 59)).ToArray());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:ContextBudgetTokens"] = "500" });

        var summary = await host.SummarizeAsync(article, TestArticles.NoFacts(article));

        var requests = _server.Requests;
        var reduce = requests.Single(r => r.Messages[1].Content.Contains("<partial_summaries>"));
        var maps = requests.Where(r => r != reduce).ToList();
        Assert.True(maps.Count >= 3, $"expected several chunks, got {maps.Count}");
        Assert.Contains(maps, r => r.Messages[1].Content.Contains("[59] Paragraph 59"));
        Assert.All(maps, r => Assert.True(r.Body.Length < 500 * 4 + 6000, "each chunk fits the budget"));
        Assert.Equal(maps.Count + 1, summary.Usage!.Calls);
        Assert.Null(summary.Fallback);
    }

    [Fact]
    public async Task Spent_run_budget_stops_new_calls_and_falls_back()
    {
        _server.Enqueue(Replies.Summary(), Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:RunBudgetUsd"] = "0.001" });
        var a = TestArticles.Paris;

        var first = await host.SummarizeAsync(a, TestArticles.NoFacts(a));
        var second = await host.SummarizeAsync(a, TestArticles.NoFacts(a));

        Assert.Null(first.Fallback);
        Assert.Equal(FallbackReasons.BudgetExhausted, second.Fallback);
        Assert.Equal("extractive", second.Engine);
        Assert.Single(_server.Requests);
        Assert.Equal(0.0036m, host.Services.GetRequiredService<RunBudget>().Total.Cost);
    }

    [Fact]
    public async Task Streaming_callers_get_the_same_metered_stack()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server);
        var chat = host.Services.GetRequiredKeyedService<Microsoft.Extensions.AI.IChatClient>(Summarizer.Llm.LlmServiceKeys.ChatClient);

        var text = "";
        await foreach (var update in chat.GetStreamingResponseAsync([new(Microsoft.Extensions.AI.ChatRole.User, "hi")]))
            text += update.Text;

        Assert.Contains("\"headline\"", text);
        Assert.Equal(1, host.Services.GetRequiredService<RunBudget>().Total.Calls);
    }
}
