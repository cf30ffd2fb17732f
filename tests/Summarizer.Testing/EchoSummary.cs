using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Testing;

/// <summary>
/// Builds, from a chat-completions request, a reply the real verifier accepts: the first numbered sentence of the
/// prompt's <c>&lt;article&gt;</c> block, verbatim, as headline, lede and the one key point (citing that sentence),
/// with no people, places, quantities or quotes of its own. A story comparison request gets an empty comparison.
/// </summary>
public static partial class EchoSummary
{
    /// <summary>
    /// An article whose first sentence holds this gets, every time, a completion with a finish reason no OpenAI client
    /// knows, which the SDK refuses to read (an error the engine does not treat as a model failure to fall back from):
    /// the stand-in for a poison article that makes processing fail wherever it runs.
    /// </summary>
    public const string PoisonMarker = "POISON-PILL";

    /// <summary>
    /// The completion answering a request of <paramref name="requestLength"/> characters whose last user message is
    /// <paramref name="prompt"/> (<see cref="UserPrompt"/>); a 400 when the prompt holds no numbered sentence.
    /// </summary>
    public static ScriptedReply ReplyTo(string prompt, int requestLength)
    {
        // A story comparison (compare.yaml) gets a comparison that adds nothing: the rules' findings stand.
        if (IsComparison(prompt))
            return Replies.Completion("""{"agreements":[],"conflicts":[],"singleSource":[]}""", promptTokens: requestLength / 4, completionTokens: 20);
        var sentence = FirstSentenceOf(prompt);
        if (sentence is { } poison && poison.Text.Contains(PoisonMarker, StringComparison.Ordinal))
            return Replies.Completion(Json(poison.Id, poison.Text), finishReason: "not-a-finish-reason");
        return sentence is { } s
            ? Replies.Completion(Json(s.Id, s.Text), promptTokens: requestLength / 4, completionTokens: 60)
            : new ScriptedReply(400, """{"error":{"message":"no numbered sentence in the prompt","type":"test"}}""");
    }

    /// <summary>The summary JSON citing sentence <paramref name="id"/> with its exact <paramref name="text"/>.</summary>
    public static string Json(int id, string text) => JsonSerializer.Serialize(new
    {
        headline = text,
        lede = text,
        keyPoints = new[] { new { text, sentenceIds = new[] { id } } },
        people = Array.Empty<object>(),
        organisations = Array.Empty<string>(),
        places = Array.Empty<string>(),
        quantities = Array.Empty<object>(),
        quotes = Array.Empty<object>(),
    });

    /// <summary>The content of the request's last user message (empty when it has none): read once per request.</summary>
    public static string UserPrompt(string requestBody) =>
        new RecordedRequest(requestBody, "").Messages.LastOrDefault(m => m.Role == "user").Content ?? "";

    /// <summary>True when the user message holds an <c>&lt;articles&gt;</c> block: a story comparison request.</summary>
    public static bool IsComparison(string prompt) => prompt.Contains("<articles>", StringComparison.Ordinal);

    /// <summary>
    /// Which article a summary request (its last user message, <paramref name="prompt"/>) is about: the opening sentence
    /// of a <see cref="SeedArticles.Variants"/> variant (<see cref="SeedArticles.OpeningSentence"/>, wherever the article
    /// block shows it), else the block's first sentence.
    /// </summary>
    public static string? ArticleKey(string prompt)
    {
        var variant = VariantOpening().Match(prompt);
        return variant.Success ? variant.Value : FirstSentenceOf(prompt)?.Text;
    }

    /// <summary>The first "[id] text" line inside the user message's <c>&lt;article&gt;</c> block, if any.</summary>
    private static (int Id, string Text)? FirstSentenceOf(string prompt)
    {
        var start = prompt.IndexOf("<article>", StringComparison.Ordinal);
        if (start < 0) return null;
        var match = SentenceLine().Match(prompt, start);
        return match.Success ? (int.Parse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["text"].Value.Trim()) : null;
    }

    // The shape of SeedArticles.OpeningSentence.
    [GeneratedRegex(@"This copy was filed by the overnight desk under reference [a-z]{3}\.")]
    private static partial Regex VariantOpening();

    [GeneratedRegex(@"^\s*\[(?<id>\d+)\] (?<text>.+?)\r?$", RegexOptions.Multiline)]
    private static partial Regex SentenceLine();
}
