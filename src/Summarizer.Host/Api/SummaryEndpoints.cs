using Microsoft.Extensions.Options;
using Summarizer.Articles.Reading;

namespace Summarizer.Host.Api;

/// <summary><c>POST /api/summaries</c> and <c>GET /api/summaries/{id}</c>.</summary>
public static class SummaryEndpoints
{
    public static RouteGroupBuilder MapSummaries(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/summaries");
        group.MapPost("/", async (HttpRequest request, SummaryApi summaries, ArticleFileReader reader, IOptions<ApiOptions> options, CancellationToken ct) =>
        {
            var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, ct);
            if (bytes is null) return tooLarge!;
            var (raw, problem) = RequestBody.ParseArticle(request, bytes, reader);
            return raw is null ? problem! : await summaries.SummarizeAsync(raw, ct);
        });
        group.MapGet("/{id}", async (string id, SummaryApi summaries, CancellationToken ct) =>
        {
            if (id.Length is 0 or > 64 || !id.All(char.IsAsciiHexDigit)) return RequestBody.Invalid("id", "an article id is a hexadecimal content hash");
            return await summaries.FindAsync(id.ToLowerInvariant(), ct) is { } found
                ? TypedResults.Ok(found with { Cached = true })
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such summary", detail: $"No summary with id '{id}' is stored.");
        });
        return api;
    }
}
