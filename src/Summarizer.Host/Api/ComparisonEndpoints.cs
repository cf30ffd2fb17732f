using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Pipeline.Runs;
using Summarizer.Pipeline.Stages;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>POST /api/comparisons</c>: 2 to 20 different articles about one story; 400 naming the entries that repeat an
/// earlier one (the same cleaned text), 422 when they are not one story.
/// </summary>
public static class ComparisonEndpoints
{
    public const int MinArticles = 2, MaxArticles = 20;

    /// <summary>A JSON object <c>{articles: [...]}</c>.</summary>
    public static readonly AcceptedBody Body = new(typeof(ComparisonRequest), [AcceptedBody.Json]);

    public static RouteGroupBuilder MapComparisons(this RouteGroupBuilder api)
    {
        api.MapPost("/comparisons", CompareAsync)
            .WithTags("Comparisons")
            .WithName("Compare")
            .WithSummary("Compare several outlets' accounts of one story")
            .AcceptsBody(Body)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<Results<Ok<StoryComparison>, ProblemHttpResult>> CompareAsync(HttpRequest request, IOptions<ApiOptions> options,
        ArticleFactory factory, PostedArticleReader reader, FactsStage facts, ComparisonService comparisons, RunScopes runs, CancellationToken ct)
    {
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, ct);
        if (bytes is null) return tooLarge!;
        if (bytes.Length == 0) return RequestBody.Invalid("body", "the request body is empty");
        var (_, _, unsupported) = BodyMediaType.Of(request, Body);
        if (unsupported is not null) return unsupported;
        var (body, problem) = JsonBody.Deserialize<ComparisonRequest>(bytes);
        if (body is null) return problem!;
        if (body.Articles is not { Count: >= MinArticles and <= MaxArticles } articles)
            return RequestBody.Invalid("articles", $"send between {MinArticles} and {MaxArticles} articles");
        var read = new List<Article>();
        for (int i = 0; i < articles.Count; i++)
        {
            var (raw, invalid) = RequestBody.ToRaw(reader, articles[i] ?? new SummaryRequest(null!), $"articles[{i}]");
            if (raw is null) return invalid!;
            // Without an outlet, positions are labelled by their place in the request rather than all "api".
            raw = raw with { Source = $"article {i + 1}" };
            if (factory.TryCreate(raw, out var error) is not { } article) return RequestBody.Invalid($"articles[{i}].text", error ?? "no article text");
            read.Add(article);
        }
        if (Duplicates(read) is { } duplicated) return duplicated;
        var inputs = new List<ComparisonInput>();
        foreach (var article in read) inputs.Add(new ComparisonInput(article, (await facts.GetAsync(article, ct)).Value));
        // One request is one run: its own model budget.
        using var run = runs.Begin(RunKind.Api);
        var outcome = await comparisons.CompareStoryAsync(inputs, ct);
        return outcome.Comparison is { } comparison ? TypedResults.Ok(Titled(comparison, read)) : NotOneStory(outcome.Stories, inputs);
    }

    private const int LeadWords = 12;

    /// <summary>
    /// The comparison with a title for every article, so the page can head each outlet's column with it: the title the
    /// request or the article's markup states, else the first words of its lead, as the page's tray names an untitled
    /// article (the outlet stays as stated: the page names an article stating none "unnamed outlet").
    /// </summary>
    internal static StoryComparison Titled(StoryComparison comparison, IReadOnlyList<Article> articles)
    {
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return comparison with
        {
            Articles = [.. comparison.Articles.Select(a => a.Title is null && byId.TryGetValue(a.Id, out var article) ? a with { Title = Lead(article) } : a)],
        };
    }

    private static string? Lead(Article article)
    {
        var words = article.Sentences.Select(s => s.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words is null ? null : string.Join(' ', words.Take(LeadWords)) + (words.Length > LeadWords ? "…" : "");
    }

    /// <summary>
    /// 400 naming each article that repeats an earlier one of the request (the same cleaned text, so the same article
    /// id, whatever its outlet or title), and which: one article twice is one source, not two outlets agreeing, and a
    /// run reports such an input as a duplicate rather than comparing it. Null when every article is different.
    /// </summary>
    private static ProblemHttpResult? Duplicates(List<Article> articles)
    {
        var errors = SameArticle.Repeats(articles, a => a.Id).ToDictionary(r => $"articles[{r.Index}]",
            r => new[] { $"the same article as articles[{r.First}] (the same text once cleaned); send each article once" }, StringComparer.Ordinal);
        return errors.Count == 0 ? null : TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = $"{errors.Count} of the {articles.Count} articles {(errors.Count == 1 ? "repeats" : "repeat")} an earlier one of the request; each is named under errors.",
        });
    }

    /// <summary>422 naming, by their place in the request (from 0), the groups of articles that do report one story.</summary>
    private static ProblemHttpResult NotOneStory(IReadOnlyList<Story> stories, List<ComparisonInput> inputs) =>
        TypedResults.Problem(
            title: "The articles are not one story",
            detail: $"The {inputs.Count} articles report {stories.Count} different stories; send only articles about the same event.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["stories"] = stories.Select(s => inputs.Select((input, i) => (input, i))
                    .Where(x => s.ArticleIds.Contains(x.input.Article.Id)).Select(x => x.i).ToList()).ToList(),
            });
}
