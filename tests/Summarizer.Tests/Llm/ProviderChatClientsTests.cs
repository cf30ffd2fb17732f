using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Llm.Client;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;

namespace Summarizer.Tests.Llm;

public sealed class ProviderChatClientsTests
{
    [Theory]
    [InlineData(LlmProvider.OpenAI, null, false, null, "https://api.openai.com/v1")]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/openai", false, "2024-10-21", "https://res.openai.azure.com/")]
    [InlineData(LlmProvider.AzureOpenAI, "https://res.openai.azure.com/", true, null, "https://res.openai.azure.com/")]
    [InlineData(LlmProvider.OpenAICompatible, "http://localhost:11434/v1", false, null, "http://localhost:11434/v1")]
    public void Every_provider_gets_its_connector_client_without_network(LlmProvider provider, string? endpoint, bool entraId, string? apiVersion, string expectedUri)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint, Model = "m", UseEntraId = entraId, ApiKey = entraId ? null : "k", ApiVersion = apiVersion };
        var services = new ServiceCollection().AddSingleton(Options.Create(options));
        services.AddHttpClient();
        services.AddLogging();
        ProviderChatClients.Register(services, provider, options.Model);
        using var sp = services.BuildServiceProvider();

        var client = sp.GetRequiredKeyedService<IChatClient>(ProviderChatClients.ServiceKey);

        var metadata = client.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("m", metadata.DefaultModelId);
        Assert.StartsWith(expectedUri, metadata.ProviderUri?.ToString());
        // The connector's composition: M.E.AI's OpenTelemetry and logging over the SDK's client.
        Assert.NotNull(client.GetService<OpenTelemetryChatClient>());
        Assert.NotNull(client.GetService<LoggingChatClient>());
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
