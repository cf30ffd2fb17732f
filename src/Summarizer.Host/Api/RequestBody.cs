using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Summaries;

namespace Summarizer.Host.Api;

/// <summary>
/// Reads an API request body within the size limit and turns it into articles, or into the 4xx problem that says why
/// not. Every failure is the client's: nothing a client sends may surface as a 500.
/// </summary>
public static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The body bytes, or a 413 problem when it exceeds <paramref name="limit"/>.</summary>
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit) return (null, TooLarge(limit));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own body limit, or a client that broke off mid-body.
            return (null, TypedResults.Problem(statusCode: e.StatusCode, title: "Bad request body", detail: e.Message));
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>One article from a JSON object <c>{title?, outlet?, text}</c> or a <c>text/plain</c> body.</summary>
    public static (RawArticle? Article, ProblemHttpResult? Problem) ParseArticle(HttpRequest request, byte[] bytes, ArticleFileReader reader)
    {
        if (bytes.Length == 0) return (null, Invalid("body", "the request body is empty"));
        if (IsJson(request))
        {
            var (item, problem) = Deserialize<SummaryRequest>(bytes);
            return item is null ? (null, problem) : ToRaw(item, "request");
        }
        if (IsPlainText(request))
        {
            var outcome = reader.Parse("request", ".txt", bytes)[0];
            return outcome.Article is null ? (null, Invalid("body", outcome.Error ?? "unreadable text")) : (outcome.Article, null);
        }
        return (null, UnsupportedType(request));
    }

    public static (T? Value, ProblemHttpResult? Problem) Deserialize<T>(byte[] bytes) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(StrictUtf8.GetString(bytes), SummaryJson.Options);
            return value is null ? (null, Invalid("body", "expected a JSON object")) : (value, null);
        }
        catch (DecoderFallbackException) { return (null, Invalid("body", "the body is not valid UTF-8 text")); }
        catch (JsonException e) { return (null, Invalid(JsonField(e), $"malformed JSON: {e.Message}")); }
    }

    public static (RawArticle? Article, ProblemHttpResult? Problem) ToRaw(SummaryRequest item, string field)
    {
        if (string.IsNullOrWhiteSpace(item.Text)) return (null, Invalid(field == "request" ? "text" : $"{field}.text", "the article text is required"));
        return (new RawArticle("api", item.Text, item.Title, item.Outlet, item.Url, item.Published), null);
    }

    /// <summary>A 400 naming the field at fault (validation problem details, as a problem result so every failure has one type).</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
        });

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Split(';')[0].EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsPlainText(HttpRequest request) =>
        request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;

    public static ProblemHttpResult UnsupportedType(HttpRequest request) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
        detail: $"Send application/json or text/plain, not '{request.ContentType ?? "(none)"}'.");

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
        detail: $"The body is over the {limit} byte limit (Summarizer:Api:MaxBodyBytes).");

    private static string JsonField(JsonException e) =>
        string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
}
