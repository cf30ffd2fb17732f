// The SDK marks its model factory overloads with service tier and annotations as evaluation-only; fine in tests.
#pragma warning disable OPENAI001
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using Summarizer.Llm.Client;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Schema;
using AI = Microsoft.Extensions.AI;
using OAI = OpenAI.Chat;

namespace Summarizer.Tests.Llm;

public sealed class OpenAIAdapterTests
{
    [Fact]
    public void Options_map_sampling_settings_and_token_limit()
    {
        var mapped = OpenAIChatClientAdapter.ToOpenAI(new ChatOptions { Temperature = 0, MaxOutputTokens = 1200, TopP = 0.5f, StopSequences = ["END"] });

        Assert.Equal(0f, mapped.Temperature);
        Assert.Equal(1200, mapped.MaxOutputTokenCount);
        Assert.Equal(0.5f, mapped.TopP);
        Assert.Equal(["END"], mapped.StopSequences);
        Assert.Null(mapped.ResponseFormat);
    }

    [Fact]
    public void Json_schema_and_json_mode_map_to_response_formats()
    {
        var schema = OpenAIChatClientAdapter.ToOpenAI(new ChatOptions { ResponseFormat = AI.ChatResponseFormat.ForJsonSchema(SummaryJsonSchema.Schema, "s") });
        var json = OpenAIChatClientAdapter.ToOpenAI(new ChatOptions { ResponseFormat = AI.ChatResponseFormat.Json });

        Assert.NotNull(schema.ResponseFormat);
        Assert.NotNull(json.ResponseFormat);
        Assert.NotEqual(schema.ResponseFormat.GetType(), json.ResponseFormat.GetType());
    }

    [Theory]
    [InlineData(OAI.ChatFinishReason.Stop, "stop")]
    [InlineData(OAI.ChatFinishReason.Length, "length")]
    [InlineData(OAI.ChatFinishReason.ContentFilter, "content_filter")]
    public void Completion_maps_text_usage_and_finish_reason(OAI.ChatFinishReason reason, string expected)
    {
        var completion = OpenAIChatModelFactory.ChatCompletion(
            id: "c1", finishReason: reason, content: new ChatMessageContent("{\"a\":1}"), model: "m",
            usage: OpenAIChatModelFactory.ChatTokenUsage(outputTokenCount: 20, inputTokenCount: 100, totalTokenCount: 120));

        var response = OpenAIChatClientAdapter.FromOpenAI(completion);

        Assert.Equal("{\"a\":1}", response.Text);
        Assert.Equal(expected, response.FinishReason?.Value);
        Assert.Equal(100, response.Usage!.InputTokenCount);
        Assert.Equal(20, response.Usage.OutputTokenCount);
        Assert.Equal("m", response.ModelId);
    }

    [Fact]
    public void A_refusal_counts_as_content_filtered()
    {
        var completion = OpenAIChatModelFactory.ChatCompletion(id: "c1", finishReason: OAI.ChatFinishReason.Stop, refusal: "I can't help with that.");
        Assert.Equal(AI.ChatFinishReason.ContentFilter, OpenAIChatClientAdapter.FromOpenAI(completion).FinishReason);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI, null, false)]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/", false)]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/", true)]
    [InlineData(LlmProvider.OpenAICompatible, "http://localhost:11434/v1", false)]
    public void Factory_builds_a_client_for_every_provider_without_network(LlmProvider provider, string? endpoint, bool entraId)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint, Model = "m", UseEntraId = entraId, ApiKey = entraId ? null : "k" };
        Assert.NotNull(OpenAIChatClientFactory.Create(options));
    }
}
