using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using OpenAI;
using Summarizer.Llm.Configuration;
using OAI = OpenAI.Chat;

namespace Summarizer.Llm.Client;

/// <summary>Builds the OpenAI SDK client for the configured provider, with the SDK's own retries off (Polly retries instead).</summary>
public static class OpenAIChatClientFactory
{
    /// <summary>Token scope of Azure OpenAI / Azure AI Foundry for Entra ID.</summary>
    public const string AzureScope = "https://cognitiveservices.azure.com/.default";

    // Compatible servers (Ollama, vLLM) usually need no key, but the SDK rejects an empty credential.
    private const string NoKey = "no-key";

    /// <summary>The base URL requests go to (null = api.openai.com).</summary>
    public static Uri? EndpointOf(LlmOptions options) => options.Provider switch
    {
        LlmProvider.AzureOpenAI => AzureV1Endpoint(options.Endpoint!),
        _ when !string.IsNullOrWhiteSpace(options.Endpoint) => new Uri(options.Endpoint),
        _ => null,
    };

    public static OAI.ChatClient Create(LlmOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(0),
            // Polly's attempt timeout is the real limit; the SDK's is a backstop just behind it, never in front.
            NetworkTimeout = options.Resilience.AttemptTimeout + TimeSpan.FromSeconds(5),
        };
        var model = options.Model ?? throw new InvalidOperationException($"{LlmOptions.SectionName}:Model is not set.");

        switch (options.Provider)
        {
            case LlmProvider.OpenAI:
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) clientOptions.Endpoint = new Uri(options.Endpoint);
                return new OAI.ChatClient(model, new ApiKeyCredential(options.ApiKey!), clientOptions);

            case LlmProvider.AzureOpenAI:
                clientOptions.Endpoint = AzureV1Endpoint(options.Endpoint!);
                if (!options.UseEntraId) return new OAI.ChatClient(model, new ApiKeyCredential(options.ApiKey!), clientOptions);
#pragma warning disable OPENAI001 // the AuthenticationPolicy constructor is the SDK's documented way to use Entra ID tokens
                return new OAI.ChatClient(model, new BearerTokenPolicy(new DefaultAzureCredential(), AzureScope), clientOptions);
#pragma warning restore OPENAI001

            case LlmProvider.OpenAICompatible:
                clientOptions.Endpoint = new Uri(options.Endpoint!);
                var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
                return new OAI.ChatClient(model, new ApiKeyCredential(key), clientOptions);

            default:
                throw new InvalidOperationException($"Provider {options.Provider} has no chat client.");
        }
    }

    /// <summary>Accepts the resource URL with or without the v1 path and returns <c>https://RESOURCE.openai.azure.com/openai/v1/</c>.</summary>
    public static Uri AzureV1Endpoint(string endpoint)
    {
        var trimmed = endpoint.TrimEnd('/');
        if (!trimmed.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed.EndsWith("/openai", StringComparison.OrdinalIgnoreCase) ? trimmed + "/v1" : trimmed + "/openai/v1";
        return new Uri(trimmed + "/");
    }
}
