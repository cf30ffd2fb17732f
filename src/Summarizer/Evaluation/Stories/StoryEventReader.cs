using System.Text;
using System.Text.Json;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// Reads story events from JSON Lines in the NeuS AllSides format: <c>id</c>, <c>articles</c> (each <c>title</c> and
/// <c>text</c>), <c>referenceTitle</c> and <c>reference</c>. Lines that are not such an object are skipped and named in
/// the problems list rather than thrown on.
/// </summary>
public static class StoryEventReader
{
    /// <summary>The events of the file at <paramref name="path"/> and a message for each line skipped.</summary>
    public static (IReadOnlyList<StoryEvent> Events, IReadOnlyList<string> Problems) Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <inheritdoc cref="Read(string)"/>
    public static (IReadOnlyList<StoryEvent> Events, IReadOnlyList<string> Problems) Read(TextReader reader, string sourceName)
    {
        var events = new List<StoryEvent>();
        var problems = new List<string>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                if (Parse(line, lineNumber) is { } parsed) events.Add(parsed);
                else problems.Add($"{sourceName}:{lineNumber}: no articles or no reference");
            }
            catch (JsonException e)
            {
                problems.Add($"{sourceName}:{lineNumber}: not JSON ({e.Message})");
            }
        }
        return (events, problems);
    }

    private static StoryEvent? Parse(string line, int lineNumber)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return null;
        string id = Text(root, "id") ?? $"line-{lineNumber}";
        string? reference = Text(root, "reference");
        if (string.IsNullOrWhiteSpace(reference) || !root.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array)
            return null;
        var articles = list.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.Object && !string.IsNullOrWhiteSpace(Text(a, "text")))
            .Select(a => new StoryEventArticle(Text(a, "title"), Text(a, "text")!))
            .ToList();
        return articles.Count == 0 ? null : new StoryEvent(id, articles, Text(root, "referenceTitle"), reference);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
