using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Articles.Reading;
using Summarizer.Summaries;

namespace Summarizer.Host.Api;

/// <summary>
/// JSON request bodies, with errors written for the person who sent them: which field is wrong and how, and for a syntax
/// error the line and column (from 1) in what they sent; never a .NET type name, a zero-based byte position or the
/// parser's own wording.
/// </summary>
public static class JsonBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly JsonSerializerOptions Options = new(SummaryJson.Options) { MaxDepth = 32 };
    private static readonly HashSet<string> TextFields = new(StringComparer.OrdinalIgnoreCase) { "title", "outlet", "url", "published", "text" };

    public static (T? Value, ProblemHttpResult? Problem) Deserialize<T>(byte[] bytes) where T : class
    {
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return (null, RequestBody.Invalid("body", "the body is not valid UTF-8 text")); }
        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            return value is null ? (null, RequestBody.Invalid("body", "expected a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            var (field, message) = Describe(e, text);
            return (null, RequestBody.Invalid(field, message));
        }
    }

    private static (string Field, string Message) Describe(JsonException e, string text)
    {
        string path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
        string field = path == "$" ? "body" : path.TrimStart('$', '.');
        string last = field.Split('.')[^1];
        int bracket = last.IndexOf('[');
        string name = bracket >= 0 ? last[..bracket] : last;
        // A value of the wrong kind is reported by the serializer with the target type; a syntax error without one.
        bool wrongKind = e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal)) return ("body", "the JSON is nested too deeply");
        if (!wrongKind)
        {
            string at = JsonSyntaxError.Position(e, text) is { } position ? $" ({position})" : "";
            return (field, (path == "$" ? "the body is not valid JSON" : $"the JSON is malformed at '{field}'") + at);
        }
        if (field == "body") return ("body", "expected a JSON object");
        if (TextFields.Contains(name)) return (field, $"'{name}' must be a string");
        if (name.Equals("articles", StringComparison.OrdinalIgnoreCase)) return (field, "'articles' must be an array of article objects");
        return (field, $"'{name}' has the wrong type");
    }
}
