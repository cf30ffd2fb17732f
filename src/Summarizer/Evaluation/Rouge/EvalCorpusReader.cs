using System.Text;
using System.Text.Json;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Reads evaluation corpora stored as JSON Lines (one JSON object per line), tolerating the field names used by
/// common summarisation datasets. Field names are matched case-insensitively, first name listed wins:
/// <list type="bullet">
/// <item>id: <c>id</c> | <c>hash</c> | <c>doc_id</c> (string or number; when absent, <c>line-N</c>);</item>
/// <item>dataset: <c>dataset</c> | <c>origin</c> | <c>source</c> (lowercased; <c>cnn/dm</c>, <c>cnndm</c>,
/// <c>cnn_dailymail</c> → <c>cnndm</c>; when absent, <c>unknown</c>);</item>
/// <item>split: <c>split</c> (lowercased; default <c>test</c>);</item>
/// <item>article: <c>article</c> | <c>document</c> | <c>text</c> | <c>source_text</c>;</item>
/// <item>reference: <c>reference</c> | <c>summary</c> | <c>ref</c> | <c>highlights</c>.</item>
/// </list>
/// Article and reference may be a string or an array of strings (joined with '\n', i.e. one sentence per line).
/// Blank lines are ignored; lines that are not JSON objects or lack a non-empty article or reference are skipped
/// and reported in <see cref="EvalCorpusReadResult.Problems"/> instead of throwing.
/// </summary>
public static class EvalCorpusReader
{
    private static readonly string[] IdFields = ["id", "hash", "doc_id"];
    private static readonly string[] DatasetFields = ["dataset", "origin", "source"];
    private static readonly string[] SplitFields = ["split"];
    private static readonly string[] ArticleFields = ["article", "document", "text", "source_text"];
    private static readonly string[] ReferenceFields = ["reference", "summary", "ref", "highlights"];

    /// <summary>Dataset name used when a line names none.</summary>
    public const string UnknownDataset = "unknown";

    /// <summary>Split used when a line names none.</summary>
    public const string DefaultSplit = "test";

    /// <summary>Reads the JSON Lines file at <paramref name="path"/> (UTF-8, BOM allowed).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static EvalCorpusReadResult ReadJsonl(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return ReadJsonl(reader, Path.GetFileName(path));
    }

    /// <summary>Reads JSON Lines from <paramref name="reader"/>; <paramref name="sourceName"/> prefixes problem messages.</summary>
    public static EvalCorpusReadResult ReadJsonl(TextReader reader, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<EvalDocument>();
        var problems = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var document = ParseLine(line, lineNumber, out var problem);
            if (document is not null)
            {
                documents.Add(document);
            }
            else
            {
                problems.Add($"{sourceName}:{lineNumber}: skipped: {problem}");
            }
        }

        return new EvalCorpusReadResult(documents, problems);
    }

    /// <summary>Lowercases and trims a dataset name and maps CNN/DailyMail spellings to <c>cnndm</c>.</summary>
    public static string NormalizeDataset(string? name)
    {
        var value = name?.Trim().ToLowerInvariant();
        return value switch
        {
            null or "" => UnknownDataset,
            "cnn/dm" or "cnndm" or "cnn_dailymail" => "cnndm",
            _ => value,
        };
    }

    private static EvalDocument? ParseLine(string line, int lineNumber, out string problem)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            problem = $"invalid JSON ({ex.Message})";
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"expected a JSON object but found {root.ValueKind}";
                return null;
            }

            var article = ReadText(root, ArticleFields, out var articleProblem);
            if (article is null)
            {
                problem = articleProblem;
                return null;
            }

            var reference = ReadText(root, ReferenceFields, out var referenceProblem);
            if (reference is null)
            {
                problem = referenceProblem;
                return null;
            }

            var id = ReadScalar(root, IdFields);
            if (string.IsNullOrWhiteSpace(id))
            {
                id = $"line-{lineNumber}";
            }

            var dataset = NormalizeDataset(ReadScalar(root, DatasetFields));
            var split = ReadScalar(root, SplitFields)?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(split))
            {
                split = DefaultSplit;
            }

            problem = "";
            return new EvalDocument(id.Trim(), dataset, split, article, reference);
        }
    }

    private static bool TryFind(JsonElement root, string[] names, out JsonElement value, out string foundName)
    {
        foreach (var name in names)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                    && property.Value.ValueKind != JsonValueKind.Null)
                {
                    value = property.Value;
                    foundName = property.Name;
                    return true;
                }
            }
        }

        value = default;
        foundName = "";
        return false;
    }

    private static string? ReadScalar(JsonElement root, string[] names)
    {
        if (!TryFind(root, names, out var value, out _))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? ReadText(JsonElement root, string[] names, out string problem)
    {
        var expected = string.Join("|", names);
        if (!TryFind(root, names, out var value, out var name))
        {
            problem = $"no {expected} field";
            return null;
        }

        string? text;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                break;
            case JsonValueKind.Array:
                var parts = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        problem = $"field '{name}' is an array with a non-string element";
                        return null;
                    }

                    parts.Add(item.GetString()!);
                }

                text = string.Join('\n', parts);
                break;
            default:
                problem = $"field '{name}' is a {value.ValueKind}, expected a string";
                return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = $"field '{name}' is empty";
            return null;
        }

        problem = "";
        return text;
    }
}
