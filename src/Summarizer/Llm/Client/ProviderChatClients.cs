using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Resilience;

namespace Summarizer.Llm.Client;

/// <summary>
/// The provider's chat client, registered by Semantic Kernel's own connectors: <c>AddOpenAIChatClient</c> (OpenAI, or any
/// OpenAI-compatible server at an endpoint) over OpenAI's <see cref="OpenAIClient"/>, and <c>AddAzureOpenAIChatClient</c>
/// over Azure's <see cref="AzureOpenAIClient"/> (key or Entra ID, deployment, API version). The connectors add
/// Microsoft.Extensions.AI's logging and OpenTelemetry (source <see cref="ChatClientPipeline.TelemetrySourceName"/>,
/// prompts and replies never recorded). The SDK clients send through the named <see cref="HttpClient"/> of
/// <see cref="LlmHttpClient"/>, which carries the resilience handler, so the SDKs' own retries are off and their network
/// timeout is left to it. An <see cref="OpenAIClient"/> or <see cref="AzureOpenAIClient"/> already in the container
/// is used as it is (its transport is then the application's).
/// </summary>
public static class ProviderChatClients
{
    /// <summary>Key of the provider's client, below the project's own composition (<see cref="ChatClientPipeline"/>).</summary>
    public const string ServiceKey = "summarizer-llm-provider";

    // Compatible servers (Ollama, vLLM) usually need no key, but the SDK rejects an empty credential.
    private const string NoKey = "no-key";

    /// <summary>Registers the provider's SDK client and its chat client, keyed <see cref="ServiceKey"/>.</summary>
    /// <param name="services">The container.</param>
    /// <param name="provider">The configured provider (not Extractive).</param>
    /// <param name="model">
    /// The model (OpenAI) or deployment (Azure) from configuration: the connectors take it when registering, so a model
    /// set later in code (<c>Configure&lt;LlmOptions&gt;</c>) does not reach them. Validated at start.
    /// </param>
    public static void Register(IServiceCollection services, LlmProvider provider, string? model)
    {
        // An unset model fails start-up in LlmOptionsValidator with its own message; the connectors want a string now.
        var modelId = string.IsNullOrWhiteSpace(model) ? "unset" : model;
        switch (provider)
        {
            case LlmProvider.OpenAI or LlmProvider.OpenAICompatible:
                services.TryAddSingleton(sp => CreateOpenAIClient(Options(sp), Http(sp)));
                services.AddOpenAIChatClient(modelId, openAIClient: null, serviceId: ServiceKey,
                    openTelemetrySourceName: ChatClientPipeline.TelemetrySourceName, openTelemetryConfig: WithoutContent);
                break;
            case LlmProvider.AzureOpenAI:
                services.TryAddSingleton(sp => CreateAzureClient(Options(sp), Http(sp), sp.GetService<TokenCredential>()));
                // The connector marks its IChatClient registration for Azure experimental (its OpenAI one is not).
#pragma warning disable SKEXP0010
                services.AddAzureOpenAIChatClient(modelId, azureOpenAIClient: null, serviceId: ServiceKey, modelId: modelId,
                    openTelemetrySourceName: ChatClientPipeline.TelemetrySourceName, openTelemetryConfig: WithoutContent);
#pragma warning restore SKEXP0010
                break;
            default:
                throw new InvalidOperationException($"Provider {provider} has no chat client.");
        }
    }

    /// <summary>OpenAI's client for OpenAI (key) or a compatible server (endpoint, key optional).</summary>
    public static OpenAIClient CreateOpenAIClient(LlmOptions options, HttpClient http)
    {
        var key = options.Provider == LlmProvider.OpenAICompatible && string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey!;
        var clientOptions = Configure(new OpenAIClientOptions(), http);
        if (!string.IsNullOrWhiteSpace(options.Endpoint)) clientOptions.Endpoint = new Uri(options.Endpoint);
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    /// <summary>Azure's client at the resource endpoint, with the key or Entra ID (null takes <see cref="DefaultAzureCredential"/>).</summary>
    public static AzureOpenAIClient CreateAzureClient(LlmOptions options, HttpClient http, TokenCredential? credential = null)
    {
        var clientOptions = Configure(
            options.ApiVersion is { } version ? new AzureOpenAIClientOptions(AzureApiVersions.Parse(version)) : new AzureOpenAIClientOptions(), http);
        var endpoint = AzureResourceEndpoint(options.Endpoint!);
        return options.UseEntraId
            ? new AzureOpenAIClient(endpoint, credential ?? new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    /// <summary>The Azure resource URL (<c>https://RESOURCE.openai.azure.com/</c>), also accepted with a trailing <c>/openai</c> or <c>/openai/v1</c>.</summary>
    public static Uri AzureResourceEndpoint(string endpoint)
    {
        var trimmed = endpoint.TrimEnd('/');
        foreach (var suffix in new[] { "/openai/v1", "/openai" })
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^suffix.Length];
        return new Uri(trimmed + "/");
    }

    // Prompts and replies are article content: traces carry model, tokens and timings only.
    private static void WithoutContent(OpenTelemetryChatClient telemetry) => telemetry.EnableSensitiveData = false;

    private static LlmOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<LlmOptions>>().Value;

    private static HttpClient Http(IServiceProvider sp) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(LlmHttpClient.Name);

    private static T Configure<T>(T clientOptions, HttpClient http) where T : ClientPipelineOptions
    {
        clientOptions.Transport = new HttpClientPipelineTransport(http);
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        // The SDK's timeout would span every retry and Retry-After wait of the handler; the handler times each attempt.
        clientOptions.NetworkTimeout = Timeout.InfiniteTimeSpan;
        return clientOptions;
    }
}
