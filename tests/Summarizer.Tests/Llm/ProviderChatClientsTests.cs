using Microsoft.Extensions.AI;
using Summarizer.Llm.Client;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;

namespace Summarizer.Tests.Llm;

public sealed class ProviderChatClientsTests
{
    [Theory]
    [InlineData(LlmProvider.OpenAI, null, false, null)]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/", false, "2024-10-21")]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/", true, null)]
    [InlineData(LlmProvider.OpenAICompatible, "http://localhost:11434/v1", false, null)]
    public void Every_provider_gets_its_own_client_without_network(LlmProvider provider, string? endpoint, bool entraId, string? apiVersion)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint, Model = "m", UseEntraId = entraId, ApiKey = entraId ? null : "k", ApiVersion = apiVersion };
        using var http = new HttpClient();

        using var client = ProviderChatClients.Create(options, http);

        var metadata = client.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("m", metadata.DefaultModelId);
    }

    [Theory]
    [InlineData("2024-10-21", true)]
    [InlineData("2025-04-01-preview", true)]
    [InlineData(" 2024-06-01 ", true)]
    [InlineData("2023-05-15", false)]
    [InlineData("latest", false)]
    [InlineData("", false)]
    public void Azure_api_versions_are_read_as_the_docs_write_them(string text, bool supported)
    {
        Assert.Equal(supported, AzureApiVersions.TryParse(text, out _));
        Assert.Contains("2024-10-21", AzureApiVersions.Supported);
    }

    [Fact]
    public void A_refusal_counts_as_content_filtered()
    {
        var refusal = new ChatResponse(new ChatMessage(ChatRole.Assistant, [new ErrorContent("I can't help with that.") { ErrorCode = LlmReplyParser.RefusalErrorCode }]))
        {
            FinishReason = ChatFinishReason.Stop,
        };
        Assert.Equal(FallbackReasons.ContentFilter, LlmReplyParser.Parse(refusal).Failure);
    }
}
