using System.Text.Json;

namespace Summarizer.Articles.Reading;

/// <summary>
/// JSON article objects (<c>id?</c>, <c>title?</c>, <c>outlet?</c>, <c>url?</c>, <c>published?</c>, <c>text</c>, which
/// research corpora call <c>article</c> or <c>document</c>): one object or an array in <c>.json</c>, one object per line
/// in <c>.jsonl</c>. A record's own id names it in the run's report beside its position; other fields (a corpus's
/// reference summary, its split) are not the article and are ignored. A record without a title has none: its text is
/// all body. A bad record fails alone. Records are named <c>file:N</c>, counting from 1: N is the line of a <c>.jsonl</c>
/// record (blank lines counted) and the position of an item in a <c>.json</c> array.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<ReadOutcome> ParseJson(string source, string text)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text, Options); }
        catch (JsonException e) { return [ReadOutcome.Fail(source, Malformed(e, JsonSyntaxError.Position(e, text)))]; }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return root.EnumerateArray().Select((item, i) => FromElement(WithId(Item(source, i + 1), item), item)).ToList();
            return [FromElement(WithId(source, root), root)];
        }
    }

    public static IEnumerable<ReadOutcome> ParseJsonLines(string source, string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int indent = lines[i].Length - lines[i].TrimStart().Length;
            if (line.Length == 0) continue;
            string itemSource = Item(source, i + 1);
            ReadOutcome outcome;
            try
            {
                using var document = JsonDocument.Parse(line, Options);
                outcome = FromElement(WithId(itemSource, document.RootElement), document.RootElement);
            }
            catch (JsonException e) { outcome = ReadOutcome.Fail(itemSource, Malformed(e, JsonSyntaxError.Position(e, line, i + 1, indent) ?? $"line {i + 1}")); }
            yield return outcome;
        }
    }

    /// <summary>The name of record <paramref name="number"/> (1-based) of <paramref name="source"/>: "feed.jsonl:3".</summary>
    public static string Item(string source, int number) => $"{source}:{number}";

    /// <summary>The number of the record <paramref name="source"/> names in <paramref name="file"/> ("feed.jsonl:3 (id x)" → 3), or null.</summary>
    public static int? RecordNumber(string source, string file)
    {
        if (source.Length <= file.Length + 1 || !source.StartsWith(file, StringComparison.Ordinal) || source[file.Length] != ':') return null;
        var digits = source.AsSpan(file.Length + 1);
        int end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(end < 0 ? digits : digits[..end], System.Globalization.NumberStyles.None, null, out int number) ? number : null;
    }

    /// <summary>
    /// The text of a file holding only the records <paramref name="numbers"/> of <paramref name="text"/>: the other lines of
    /// a <c>.jsonl</c> left blank, so every record keeps its line number; a <c>.json</c> array of those items alone.
    /// Null when the text is no such file.
    /// </summary>
    public static string? OnlyRecords(string extension, string text, IReadOnlySet<int> numbers)
    {
        if (extension == ".jsonl")
            return string.Join('\n', text.Split('\n').Select((line, i) => numbers.Contains(i + 1) ? line : ""));
        if (extension != ".json") return null;
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Array) return null;
            var items = document.RootElement.EnumerateArray().Select((item, i) => (item, Number: i + 1))
                .Where(x => numbers.Contains(x.Number)).Select(x => "  " + x.item.GetRawText());
            return "[\n" + string.Join(",\n", items) + "\n]\n";
        }
        catch (JsonException) { return null; }
    }

    /// <summary>"malformed JSON on line 2, column 1: 'x' is an invalid start of a value."</summary>
    private static string Malformed(JsonException e, string? position) =>
        position is null ? $"malformed JSON: {JsonSyntaxError.Reason(e)}" : $"malformed JSON on {position}: {JsonSyntaxError.Reason(e)}";

    private static ReadOutcome FromElement(string source, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return ReadOutcome.Fail(source, "expected a JSON object with a \"text\" field");
        if (TextOf(element, out string? error) is not { } text) return ReadOutcome.Fail(source, error!);
        return ReadOutcome.Ok(new RawArticle(source, text,
            Title: String(element, "title"), Outlet: String(element, "outlet"), Url: String(element, "url"),
            Published: String(element, "published"), Id: Id(element)));
    }

    private static readonly string[] TextFields = ["text", "body", "content", "article", "document"];

    /// <summary>The first text field holding a string, or null with why not: missing, empty, or of another type ("a number, not a string").</summary>
    private static string? TextOf(JsonElement element, out string? error)
    {
        error = null;
        foreach (string name in TextFields)
        {
            if (!element.TryGetProperty(name, out var value)) continue;
            if (value.ValueKind != JsonValueKind.String) error ??= $"the \"{name}\" field is {Kind(value.ValueKind)}, not a string";
            else if (string.IsNullOrWhiteSpace(value.GetString())) error ??= $"the \"{name}\" field is empty";
            else return value.GetString();
        }
        error ??= "the \"text\" field is missing";
        return null;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>"refs.jsonl:12 (id 4f2a…)": where the record is, and what it calls itself.</summary>
    private static string WithId(string source, JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && Id(element) is { } id ? $"{source} (id {id})" : source;

    private static string? Id(JsonElement element) =>
        element.TryGetProperty("id", out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            && value.ToString() is { Length: > 0 and <= 80 } id && !id.Any(char.IsControl) ? id : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
