using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Runs;
using Summarizer.Pipeline.Stages;
using Summarizer.Summaries;

namespace Summarizer.Host.Api;

/// <summary>
/// Summaries for the API. The article goes through the pipeline's stages (facts and verified summary, each cached under
/// everything that produced it); the whole response (article view, facts, summary with verdict) is then stored under the
/// article id and the pipeline's settings, so <c>GET /api/summaries/{id}</c> serves what the last POST of that article
/// answered, and a change of engine, prompt, model, option or schema never serves an old summary. Each request is its own
/// run (its own model budget). Fallback summaries are not stored.
/// </summary>
public sealed class SummaryApi(ArticleFactory factory, ArticleProcessor processor, SummaryStage summaries, StageCache cache, RunScopes runs)
{
    public const string Stage = "api-summary";

    // Editors re-open the same few stories all day: keep their stored JSON in memory, bounded by size, in front of the store.
    private readonly MemoryCache _hot = new(new MemoryCacheOptions { SizeLimit = 64 * 1024 * 1024 });

    /// <summary>201 with the new summary, or 200 when it came from the cache; either way with its <c>Location</c>.</summary>
    public async Task<Results<Created<SummaryResponse>, Ok<SummaryResponse>, ProblemHttpResult>> SummarizeAsync(RawArticle raw, HttpResponse http, CancellationToken ct)
    {
        var article = factory.TryCreate(raw, out var error);
        if (article is null) return RequestBody.Invalid("text", error ?? "no article text");

        using var run = runs.Begin(RunKind.Api);
        var result = await processor.ProcessAsync(article, ct);
        if (result is not { Summary: { } summary, Facts: { } facts })
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be summarised", detail: result.Error);
        var response = new SummaryResponse(article.Id, View(article), facts, summary, Cached: result.CachedStages.Contains(SummaryStage.Stage));
        if (summary.Fallback is null) await StoreAsync(response, ct);
        string location = $"/api/summaries/{article.Id}";
        if (!response.Cached) return TypedResults.Created(location, response);
        http.Headers.Location = location;
        return TypedResults.Ok(response);
    }

    /// <summary>The stored JSON of the last summary of article <paramref name="id"/> under the current settings (marked cached), or null.</summary>
    public async Task<string?> FindJsonAsync(string id, CancellationToken ct)
    {
        var key = KeyFor(id);
        if (_hot.TryGetValue(key.Hash, out string? hot)) return hot;
        var json = await cache.TryGetJsonAsync(key, ct);
        if (json is not null) _hot.Set(key.Hash, json, new MemoryCacheEntryOptions { Size = json.Length });
        return json;
    }

    /// <summary>The key of an article's stored response: its id and everything else that shapes a verified summary.</summary>
    public CacheKey KeyFor(string articleId) => CacheKey.Of(Stage, ("article", articleId), ("pipeline", summaries.SettingsFingerprint));

    public static ArticleView View(Article article) => new(article.Id, article.Title, article.Outlet, article.Text,
        article.Sentences.Select(s => new SentenceView(s.Id, s.Start, s.Length)).ToList());

    private async Task StoreAsync(SummaryResponse response, CancellationToken ct)
    {
        var key = KeyFor(response.Article.Id);
        // Stored as it will be served again: from the cache. The newest POST of an article is what GET returns.
        string json = JsonSerializer.Serialize(response with { Cached = true }, SummaryJson.Compact);
        await cache.TrySetJsonAsync(key, json, ct);
        _hot.Set(key.Hash, json, new MemoryCacheEntryOptions { Size = json.Length });
    }
}
