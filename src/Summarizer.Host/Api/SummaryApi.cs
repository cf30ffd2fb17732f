using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Host.Api;

/// <summary>
/// Summaries for the API: the whole response (article view, facts, summary with verdict) is kept in the cache under the
/// article id, so a repeated POST and <c>GET /api/summaries/{id}</c> cost one lookup. Fallback summaries are not kept.
/// </summary>
public sealed partial class SummaryApi(ArticleFactory factory, ArticleProcessor processor, ICacheStore cache, ILogger<SummaryApi> logger)
{
    public const string Stage = "api-summary";

    // Editors re-open the same few stories all day: keep their stored JSON in memory, bounded by size, in front of SQLite.
    private readonly MemoryCache _hot = new(new MemoryCacheOptions { SizeLimit = 64 * 1024 * 1024 });

    public async Task<IResult> SummarizeAsync(RawArticle raw, CancellationToken ct)
    {
        var article = factory.TryCreate(raw, out var error);
        if (article is null) return RequestBody.Invalid("text", error ?? "no article text");
        if (await FindAsync(article.Id, ct) is { } hit && hit.Article.Title == article.Title && hit.Article.Outlet == article.Outlet)
            return TypedResults.Ok(hit with { Cached = true });

        var result = await processor.ProcessAsync(article, ct);
        if (result is not { Summary: { } summary, Facts: { } facts })
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be summarised", detail: result.Error);
        var response = new SummaryResponse(View(article), facts, summary, Cached: false);
        if (summary.Fallback is null) await TryStoreAsync(response, ct);
        return TypedResults.Ok(response);
    }

    /// <summary>A summary made earlier by this engine, or null.</summary>
    public async Task<SummaryResponse?> FindAsync(string id, CancellationToken ct) =>
        await FindJsonAsync(id, ct) is { } json ? JsonSerializer.Deserialize<SummaryResponse>(json, SummaryJson.Compact) : null;

    /// <summary>The stored JSON of a summary made earlier by this engine (already marked cached), or null.</summary>
    public async Task<string?> FindJsonAsync(string id, CancellationToken ct)
    {
        if (_hot.TryGetValue(id, out string? hot)) return hot;
        try
        {
            var json = await cache.GetAsync(Key(id), ct);
            if (json is not null) _hot.Set(id, json, new MemoryCacheEntryOptions { Size = json.Length });
            return json;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(logger, e);
            return null;
        }
    }

    public static ArticleView View(Article article) => new(article.Id, article.Title, article.Outlet, article.Text,
        article.Sentences.Select(s => new SentenceView(s.Id, s.Start, s.Length)).ToList());

    private CacheKey Key(string id) => new(Stage, id, "", processor.EngineName, "");

    private async Task TryStoreAsync(SummaryResponse response, CancellationToken ct)
    {
        try
        {
            // Stored as it will be served again: from the cache.
            await cache.SetAsync(Key(response.Article.Id), JsonSerializer.Serialize(response with { Cached = true }, SummaryJson.Compact), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API summary cache unavailable; answering without it")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception);
}
