using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Llm.Schema;

namespace Summarizer.Llm.Engine;

/// <summary>Strict reading of a reply: a truncated, filtered, non-JSON or off-schema reply is a failed attempt.</summary>
internal static class LlmReplyParser
{
    public static LlmReply Parse(ChatResponse response)
    {
        var text = response.Text.Trim();
        if (response.FinishReason == ChatFinishReason.Length) return new(null, text, FallbackReasons.Truncated);
        if (response.FinishReason == ChatFinishReason.ContentFilter || IsRefusal(response)) return new(null, text, FallbackReasons.ContentFilter);

        try
        {
            var dto = JsonSerializer.Deserialize<LlmSummaryDto>(text, SummaryJsonSchema.SerializerOptions);
            return dto is null || string.IsNullOrWhiteSpace(dto.Headline)
                ? new(null, text, FallbackReasons.MalformedJson)
                : new(dto, text, null);
        }
        catch (JsonException)
        {
            return new(null, text, FallbackReasons.MalformedJson);
        }
    }

    /// <summary>A refusal is the model declining on policy grounds (OpenAI's <c>refusal</c> field): treated like a content filter.</summary>
    public static bool IsRefusal(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<ErrorContent>().Any(e => e.ErrorCode == RefusalErrorCode);

    /// <summary>The error code Microsoft.Extensions.AI.OpenAI gives a refusal.</summary>
    public const string RefusalErrorCode = "Refusal";
}
