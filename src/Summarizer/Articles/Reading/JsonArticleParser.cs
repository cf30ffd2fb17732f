using System.Text.Json;

namespace Summarizer.Articles.Reading;

/// <summary>
/// JSON article objects (<c>id?</c>, <c>title</c>, <c>outlet?</c>, <c>url?</c>, <c>published?</c>, <c>text</c>):
/// one object or an array in <c>.json</c>, one object per line in <c>.jsonl</c>. A bad record fails alone.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<ReadOutcome> ParseJson(string source, string text)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text, Options); }
        catch (JsonException e) { return [ReadOutcome.Fail(source, $"malformed JSON: {e.Message}")]; }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return root.EnumerateArray().Select((item, i) => FromElement($"{source}#{i}", item)).ToList();
            return [FromElement(source, root)];
        }
    }

    public static IEnumerable<ReadOutcome> ParseJsonLines(string source, string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            string itemSource = $"{source}:{i + 1}";
            ReadOutcome outcome;
            try
            {
                using var document = JsonDocument.Parse(line, Options);
                outcome = FromElement(itemSource, document.RootElement);
            }
            catch (JsonException e) { outcome = ReadOutcome.Fail(itemSource, $"malformed JSON on line {i + 1}: {e.Message}"); }
            yield return outcome;
        }
    }

    private static ReadOutcome FromElement(string source, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return ReadOutcome.Fail(source, "expected a JSON object with a \"text\" field");
        string? text = String(element, "text") ?? String(element, "body") ?? String(element, "content");
        if (string.IsNullOrWhiteSpace(text)) return ReadOutcome.Fail(source, "the \"text\" field is missing or empty");
        return ReadOutcome.Ok(new RawArticle(source, text,
            Title: String(element, "title"), Outlet: String(element, "outlet"), Url: String(element, "url"),
            Published: String(element, "published"), Id: String(element, "id")));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
