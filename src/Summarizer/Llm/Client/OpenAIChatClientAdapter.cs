using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AI = Microsoft.Extensions.AI;
using OAI = OpenAI.Chat;

namespace Summarizer.Llm.Client;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's <see cref="OAI.ChatClient"/>: maps messages, options, response
/// format, usage and finish reason. Errors surface as the SDK's <c>ClientResultException</c> for the resilience layer.
/// </summary>
public sealed class OpenAIChatClientAdapter : IChatClient
{
    /// <summary>Set to false in <see cref="ChatOptions.AdditionalProperties"/> to ask for a non-strict JSON schema.</summary>
    public const string StrictJsonSchemaKey = "strictJsonSchema";

    private readonly OAI.ChatClient _client;
    private readonly ChatClientMetadata _metadata;

    /// <param name="client">The SDK client, built by <see cref="OpenAIChatClientFactory"/>.</param>
    /// <param name="providerName">"openai", "azure.ai.openai" or "openai-compatible", for telemetry.</param>
    /// <param name="endpoint">The base URL the client talks to.</param>
    /// <param name="model">The model (deployment) id.</param>
    public OpenAIChatClientAdapter(OAI.ChatClient client, string providerName, Uri? endpoint, string model)
    {
        _client = client;
        _metadata = new ChatClientMetadata(providerName, endpoint, model);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await _client.CompleteChatAsync(messages.Select(ToOpenAI), ToOpenAI(options), cancellationToken).ConfigureAwait(false);
        return FromOpenAI(result.Value);
    }

    /// <summary>Not used by the engine; served from the non-streaming call so every client supports it.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType.IsInstanceOfType(_client) ? _client
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() { }

    private static OAI.ChatMessage ToOpenAI(AI.ChatMessage m)
    {
        var text = m.Text;
        if (m.Role == ChatRole.System) return OAI.ChatMessage.CreateSystemMessage(text);
        if (m.Role == ChatRole.Assistant) return OAI.ChatMessage.CreateAssistantMessage(text);
        if (m.Role == ChatRole.User) return OAI.ChatMessage.CreateUserMessage(text);
        throw new NotSupportedException($"Chat role '{m.Role}' is not supported by this adapter.");
    }

    internal static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options is null) return result;

        result.Temperature = options.Temperature;
        result.TopP = options.TopP;
        result.MaxOutputTokenCount = options.MaxOutputTokens;
        result.FrequencyPenalty = options.FrequencyPenalty;
        result.PresencePenalty = options.PresencePenalty;
#pragma warning disable OPENAI001 // Seed is marked experimental in the SDK
        if (options.Seed is { } seed) result.Seed = seed;
#pragma warning restore OPENAI001
        foreach (var stop in options.StopSequences ?? []) result.StopSequences.Add(stop);

        result.ResponseFormat = options.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => OAI.ChatResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "response",
                BinaryData.FromString(schema.GetRawText()),
                json.SchemaDescription,
                jsonSchemaIsStrict: options.AdditionalProperties?.TryGetValue(StrictJsonSchemaKey, out bool strict) != true || strict),
            ChatResponseFormatJson => OAI.ChatResponseFormat.CreateJsonObjectFormat(),
            ChatResponseFormatText => OAI.ChatResponseFormat.CreateTextFormat(),
            _ => null,
        };
        return result;
    }

    internal static ChatResponse FromOpenAI(ChatCompletion completion)
    {
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        var response = new ChatResponse(new AI.ChatMessage(ChatRole.Assistant, text))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            RawRepresentation = completion,
            // A refusal is the model declining on policy grounds: the caller treats it like a content filter.
            FinishReason = completion.Refusal is { Length: > 0 } ? AI.ChatFinishReason.ContentFilter : MapFinishReason(completion.FinishReason),
        };
        if (completion.Usage is { } usage)
        {
            response.Usage = new UsageDetails
            {
                InputTokenCount = usage.InputTokenCount,
                OutputTokenCount = usage.OutputTokenCount,
                TotalTokenCount = usage.TotalTokenCount,
            };
        }
        return response;
    }

    private static AI.ChatFinishReason MapFinishReason(OAI.ChatFinishReason reason) => reason switch
    {
        OAI.ChatFinishReason.Length => AI.ChatFinishReason.Length,
        OAI.ChatFinishReason.ContentFilter => AI.ChatFinishReason.ContentFilter,
        OAI.ChatFinishReason.ToolCalls or OAI.ChatFinishReason.FunctionCall => AI.ChatFinishReason.ToolCalls,
        _ => AI.ChatFinishReason.Stop,
    };
}
