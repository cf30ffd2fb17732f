using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;
using Summarizer.Llm.Configuration;

namespace Summarizer.Llm.Client;

/// <summary>
/// The provider's own client as an <see cref="IChatClient"/>: OpenAI's <see cref="OpenAIClient"/> (OpenAI, or any
/// OpenAI-compatible server at an endpoint) or Azure's <see cref="AzureOpenAIClient"/> (key or Entra ID, deployment,
/// API version), adapted by Microsoft.Extensions.AI.OpenAI. Both send through the given <see cref="HttpClient"/>,
/// which carries the resilience handler, so the SDKs' own retries are off and their network timeout is left to it.
/// </summary>
public static class ProviderChatClients
{
    // Compatible servers (Ollama, vLLM) usually need no key, but the SDK rejects an empty credential.
    private const string NoKey = "no-key";

    /// <param name="options">Validated options (see <see cref="LlmOptionsValidator"/>).</param>
    /// <param name="http">The HTTP client requests go through.</param>
    /// <param name="credential">Entra ID credential for Azure; null takes <see cref="DefaultAzureCredential"/>.</param>
    public static IChatClient Create(LlmOptions options, HttpClient http, TokenCredential? credential = null)
    {
        var model = options.Model ?? throw new InvalidOperationException($"{LlmOptions.SectionName}:Model is not set.");
        return options.Provider switch
        {
            LlmProvider.OpenAI => OpenAI(options.ApiKey!, options.Endpoint, http).GetChatClient(model).AsIChatClient(),
            LlmProvider.OpenAICompatible => OpenAI(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey, options.Endpoint, http).GetChatClient(model).AsIChatClient(),
            LlmProvider.AzureOpenAI => Azure(options, http, credential).GetChatClient(model).AsIChatClient(),
            _ => throw new InvalidOperationException($"Provider {options.Provider} has no chat client."),
        };
    }

    /// <summary>The Azure resource URL (<c>https://RESOURCE.openai.azure.com/</c>), also accepted with a trailing <c>/openai</c> or <c>/openai/v1</c>.</summary>
    public static Uri AzureResourceEndpoint(string endpoint)
    {
        var trimmed = endpoint.TrimEnd('/');
        foreach (var suffix in new[] { "/openai/v1", "/openai" })
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^suffix.Length];
        return new Uri(trimmed + "/");
    }

    private static OpenAIClient OpenAI(string key, string? endpoint, HttpClient http)
    {
        var clientOptions = Configure(new OpenAIClientOptions(), http);
        if (!string.IsNullOrWhiteSpace(endpoint)) clientOptions.Endpoint = new Uri(endpoint);
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    private static AzureOpenAIClient Azure(LlmOptions options, HttpClient http, TokenCredential? credential)
    {
        var clientOptions = Configure(
            options.ApiVersion is { } version ? new AzureOpenAIClientOptions(AzureApiVersions.Parse(version)) : new AzureOpenAIClientOptions(), http);
        var endpoint = AzureResourceEndpoint(options.Endpoint!);
        return options.UseEntraId
            ? new AzureOpenAIClient(endpoint, credential ?? new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    private static T Configure<T>(T clientOptions, HttpClient http) where T : ClientPipelineOptions
    {
        clientOptions.Transport = new HttpClientPipelineTransport(http);
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        // The SDK's timeout would span every retry and Retry-After wait of the handler; the handler times each attempt.
        clientOptions.NetworkTimeout = Timeout.InfiniteTimeSpan;
        return clientOptions;
    }
}
