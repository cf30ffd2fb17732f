using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace Summarizer.Llm.Functions;

/// <summary>
/// A prompt file's execution settings (temperature, max tokens, …, kept as SK keeps them) for one service, plus the
/// reply format. Semantic Kernel turns these settings into the chat client's <see cref="ChatOptions"/>; the reply
/// format is added at that point, as a named schema that the OpenAI client sends as strict structured output.
/// </summary>
public sealed class ReplyFormatSettings : PromptExecutionSettings
{
    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key the OpenAI chat client reads for a strict schema.</summary>
    public const string StrictKey = "strict";

    /// <param name="fromFile">The file's settings (its <c>execution_settings.default</c>), or null.</param>
    /// <param name="serviceId">The keyed chat client that runs the prompt.</param>
    /// <param name="format">The reply format.</param>
    public ReplyFormatSettings(PromptExecutionSettings? fromFile, string serviceId, ReplyFormat format)
    {
        ServiceId = serviceId;
        ModelId = fromFile?.ModelId;
        ExtensionData = fromFile?.ExtensionData is { } data ? new Dictionary<string, object>(data) : null;
        Format = format;
    }

    /// <summary>The reply format (not serialised: SK copies settings through JSON and applies this afterwards).</summary>
    [JsonIgnore]
    public ReplyFormat Format { get; }

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new ReplyFormatSettings(this, ServiceId!, Format);

    /// <inheritdoc />
    protected override void PrepareChatOptionsForRequest(ChatOptions options)
    {
        base.PrepareChatOptionsForRequest(options);
        options.ResponseFormat = Format.ToChatResponseFormat();
        if (!Format.SchemaInPrompt) (options.AdditionalProperties ??= [])[StrictKey] = true;
    }
}
