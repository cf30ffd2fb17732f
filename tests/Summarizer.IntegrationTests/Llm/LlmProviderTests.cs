using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.IntegrationTests.Llm.Support;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>Each provider through its own client (OpenAIClient, AzureOpenAIClient) to the fake server: route, credentials, reply format.</summary>
public sealed class LlmProviderTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Summarizer.Articles.Article A => TestArticles.Paris;

    [Fact]
    public async Task Azure_with_a_key_calls_the_deployment_with_the_api_version_and_the_api_key_header()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "AzureOpenAI",
            ["Summarizer:Llm:Endpoint"] = _server.Root,
            ["Summarizer:Llm:Model"] = "news-summariser", // the deployment name
            ["Summarizer:Llm:ApiVersion"] = "2024-10-21",
        });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/news-summariser/chat/completions?api-version=2024-10-21", request.PathAndQuery);
        Assert.Equal(LlmTestHost.SecretKey, request.ApiKey);
        Assert.Equal("", request.Authorization);
        // Azure enforces the schema: strict structured output, nothing spelled out in the prompt.
        var format = request.Json.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.True(format.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.Equal("structured_summary", format.GetProperty("json_schema").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Azure_with_entra_id_sends_the_registered_credentials_token()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "AzureOpenAI",
            ["Summarizer:Llm:Endpoint"] = _server.Root + "openai/v1/", // the v1 URL is accepted and trimmed to the resource
            ["Summarizer:Llm:ApiKey"] = null,
            ["Summarizer:Llm:UseEntraId"] = "true",
        }, configure: s => s.AddSingleton<TokenCredential>(new FixedTokenCredential("entra-token-123")));

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer entra-token-123", request.Authorization);
        Assert.StartsWith("/openai/deployments/fake-model/chat/completions?api-version=", request.PathAndQuery);
    }

    [Fact]
    public async Task OpenAI_sends_the_key_as_a_bearer_token_to_the_configured_endpoint()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:Provider"] = "OpenAI" });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.PathAndQuery);
        Assert.Equal("Bearer " + LlmTestHost.SecretKey, request.Authorization);
        Assert.Equal("json_schema", request.Json.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_compatible_server_without_a_key_gets_json_mode_and_a_placeholder_key()
    {
        _server.Enqueue(Replies.Summary());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:ApiKey"] = null });

        var summary = await host.SummarizeAsync(A, TestArticles.NoFacts(A));

        Assert.Null(summary.Fallback);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer no-key", request.Authorization);
        Assert.Equal("json_object", request.Json.GetProperty("response_format").GetProperty("type").GetString());
    }

    /// <summary>A credential that hands out one token, standing in for a managed identity.</summary>
    private sealed class FixedTokenCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
