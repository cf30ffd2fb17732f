using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Summarizer.Articles.Reading;

namespace Summarizer.Host.Api;

/// <summary>
/// Reads an API request body within the size limit and turns it into articles, or into the 4xx problem that says why
/// not. Every failure is the client's: nothing a client sends may surface as a 500, and no message names a .NET type.
/// </summary>
public static class RequestBody
{
    /// <summary>The body bytes, or a 413 problem when it exceeds <paramref name="limit"/>.</summary>
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return (null, OverLimit(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit) return (null, OverLimit(limit));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (MaxRequestBodySize, just past ours) stops a body sent without a Content-Length.
            return (null, OverLimit(limit));
        }
        catch (BadHttpRequestException e)
        {
            // A client that broke off mid-body, or a body Kestrel could not decode.
            return (null, TypedResults.Problem(statusCode: e.StatusCode, title: "Bad request body", detail: "The request body could not be read."));
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>One article from a JSON object <c>{title?, outlet?, url?, published?, text}</c> or a <c>text/plain</c> body.</summary>
    public static (Articles.RawArticle? Article, ProblemHttpResult? Problem) ParseArticle(HttpRequest request, byte[] bytes, PostedArticleReader reader, AcceptedBody accepted)
    {
        if (bytes.Length == 0) return (null, Invalid("body", "the request body is empty"));
        var (kind, encoding, unsupported) = BodyMediaType.Of(request, accepted);
        if (unsupported is not null) return (null, unsupported);
        if (kind == BodyKind.Json)
        {
            var (item, problem) = JsonBody.Deserialize<SummaryRequest>(bytes);
            return item is null ? (null, problem) : ToRaw(reader, item, "request");
        }
        return FromPosted(reader.FromPlainText("request body", bytes, encoding!));
    }

    /// <summary>The article of a JSON item; <paramref name="field"/> ("request", "articles[2]") names it in errors.</summary>
    public static (Articles.RawArticle? Article, ProblemHttpResult? Problem) ToRaw(PostedArticleReader reader, SummaryRequest item, string field) =>
        FromPosted(reader.FromFields(field == "request" ? "request body" : field, item.Title, item.Outlet, item.Url, item.Published, item.Text,
            field == "request" ? "text" : $"{field}.text"));

    /// <summary>A 400 naming the field at fault (validation problem details, as a problem result so every failure has one type).</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
        });

    private static ProblemHttpResult OverLimit(long limit) => TooLarge("body", $"The body is over the {limit} byte limit (Summarizer:Api:MaxBodyBytes).");

    private static ProblemHttpResult TooLarge(string field, string detail) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "Too large",
            Detail = detail,
        });

    private static (Articles.RawArticle?, ProblemHttpResult?) FromPosted(PostedArticle posted) => posted.Problem switch
    {
        PostedArticleProblem.None => (posted.Article, null),
        PostedArticleProblem.TooLarge => (null, TooLarge(posted.Field!, posted.Error!)),
        _ => (null, Invalid(posted.Field!, posted.Error!)),
    };
}
