using System.Text.Json;

namespace Summarizer.Testing;

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Body, string Authorization)
{
    /// <summary>The request's path and query string, e.g. <c>/v1/chat/completions</c>.</summary>
    public string PathAndQuery { get; init; } = "";

    /// <summary>The <c>api-key</c> header (Azure OpenAI's key), empty when absent.</summary>
    public string ApiKey { get; init; } = "";

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The messages as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content"))))
                .ToList();
        }
    }

    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
}
