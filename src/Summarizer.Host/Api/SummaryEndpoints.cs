using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summarizer.Articles.Reading;

namespace Summarizer.Host.Api;

/// <summary><c>POST /api/summaries</c> and <c>GET /api/summaries/{id}</c>.</summary>
public static class SummaryEndpoints
{
    /// <summary>A JSON object <c>{title?, outlet?, url?, published?, text}</c> or the article as plain text.</summary>
    public static readonly AcceptedBody Body = new(typeof(SummaryRequest), [AcceptedBody.Json, AcceptedBody.PlainText]);

    public static RouteGroupBuilder MapSummaries(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/summaries").WithTags("Summaries");
        group.MapPost("/", SummarizeAsync)
            .WithName("Summarize")
            .WithSummary("Summarise and verify one article")
            .WithDescription("The body is JSON {title?, outlet?, url?, published?, text} or the article as text/plain (first line the title when it reads like one).")
            .AcceptsBody(Body)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id}", FindAsync)
            .WithName("GetSummary")
            .WithSummary("The summary last made of an article, by its id")
            .Produces<SummaryResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<SummaryResponse>, Ok<SummaryResponse>, ProblemHttpResult>> SummarizeAsync(
        HttpRequest request, SummaryApi summaries, PostedArticleReader reader, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, ct);
        if (bytes is null) return tooLarge!;
        var (raw, problem) = RequestBody.ParseArticle(request, bytes, reader, Body);
        return raw is null ? problem! : await summaries.SummarizeAsync(raw, request.HttpContext.Response, ct);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FindAsync(string id, SummaryApi summaries, CancellationToken ct)
    {
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiHexDigit)) return RequestBody.Invalid("id", "an article id is a hexadecimal content hash");
        // The stored JSON is served as is: no parse and re-serialise on the hot path.
        return await summaries.FindJsonAsync(id.ToLowerInvariant(), ct) is { } found
            ? TypedResults.Text(found, "application/json", System.Text.Encoding.UTF8)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such summary", detail: $"No summary with id '{id}' is stored.");
    }
}
