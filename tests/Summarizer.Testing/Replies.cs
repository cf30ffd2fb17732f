using System.Text.Json;

namespace Summarizer.Testing;

/// <summary>Builders of fake model replies.</summary>
public static class Replies
{
    public static ScriptedReply Completion(string content, string finishReason = "stop", int promptTokens = 1000, int completionTokens = 200) =>
        new(200, JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason, logprobs = (object?)null } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    /// <summary>A schema-valid summary of the integration tests' Paris article, stating <paramref name="troops"/> troops.</summary>
    public static ScriptedReply Summary(string troops = "25,000", double value = 25000, string headline = "Ministers weigh reassurance force for Ukraine") =>
        Completion(SummaryJson(troops, value, headline));

    public static string SummaryJson(string troops = "25,000", double value = 25000, string headline = "Ministers weigh reassurance force for Ukraine") =>
        JsonSerializer.Serialize(new
        {
            headline,
            lede = $"European defence ministers discussed a reassurance force of up to {troops} troops.",
            keyPoints = new[] { new { text = $"The force could number up to {troops} troops.", sentenceIds = new[] { 1 } } },
            people = new[] { new { name = "Sebastien Lecornu", roles = new[] { "French Defence Minister" } } },
            organisations = new[] { "NATO" },
            places = new[] { "Paris", "Ukraine" },
            quantities = new[] { new { value, unit = "troops", qualifier = "up to", sentenceId = 1, text = $"up to {troops} troops" } },
            quotes = new[] { new { text = "We are ready", speaker = "Sebastien Lecornu", sentenceId = 2 } },
        });

    /// <summary>A 200 whose body is not a chat completion at all (a proxy's error page, say).</summary>
    public static ScriptedReply NotJson() =>
        new(200, "<html><body><h1>Gateway</h1><p>Upstream unavailable.</p></body></html>") { ContentType = "text/html" };

    /// <summary>A 200 that is JSON, but a chat completion with <c>"choices": []</c> (a proxy or server that lost the answer).</summary>
    public static ScriptedReply EmptyChoices() =>
        new(200, JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "fake-model",
            choices = Array.Empty<object>(),
            usage = new { prompt_tokens = 1000, completion_tokens = 0, total_tokens = 1000 },
        }));

    /// <summary>A 429 asking for a wait in OpenAI's millisecond header only.</summary>
    public static ScriptedReply ThrottledMs(int milliseconds) =>
        new(429, "{\"error\":{\"message\":\"scripted 429\",\"type\":\"test\"}}", new Dictionary<string, string> { ["retry-after-ms"] = milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static ScriptedReply Error(int status, string? retryAfter = null) =>
        new(status, "{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"test\"}}",
            retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });
}
