using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Model;

namespace Summarizer.Host.Api;

/// <summary><c>POST /api/comparisons</c>: 2 to 20 articles about one story; 422 when they are not one story.</summary>
public static class ComparisonEndpoints
{
    public const int MinArticles = 2, MaxArticles = 20;

    public static RouteGroupBuilder MapComparisons(this RouteGroupBuilder api)
    {
        api.MapPost("/comparisons", async (HttpRequest request, IOptions<ApiOptions> options, ArticleFactory factory,
            IFactExtractor extractor, StoryComparer comparer, IOptions<ComparisonOptions> comparison,
            [FromServices] IStoryComparisonModel? model, CancellationToken ct) =>
        {
            var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, ct);
            if (bytes is null) return tooLarge!;
            if (bytes.Length == 0) return RequestBody.Invalid("body", "the request body is empty");
            if (!RequestBody.IsJson(request)) return RequestBody.UnsupportedType(request);
            var (body, problem) = RequestBody.Deserialize<ComparisonRequest>(bytes);
            if (body is null) return problem!;
            if (body.Articles is not { Count: >= MinArticles and <= MaxArticles } articles)
                return RequestBody.Invalid("articles", $"send between {MinArticles} and {MaxArticles} articles");
            var inputs = new List<ComparisonInput>();
            for (int i = 0; i < articles.Count; i++)
            {
                var (raw, invalid) = RequestBody.ToRaw(articles[i] ?? new SummaryRequest(null, null, null), $"articles[{i}]");
                if (raw is null) return invalid!;
                // Without an outlet, positions are labelled by their place in the request rather than all "api".
                raw = raw with { Source = $"article {i + 1}" };
                if (factory.TryCreate(raw, out var error) is not { } article) return RequestBody.Invalid($"articles[{i}].text", error ?? "no article text");
                inputs.Add(new ComparisonInput(article, extractor.Extract(article)));
            }
            // Comparing unrelated articles would show false conflicts: say so, with the stories they do make.
            var stories = new StoryClusterer(comparison.Value).Cluster(inputs);
            if (stories.Count > 1) return NotOneStory(stories, inputs);
            var rules = comparer.Compare(inputs);
            // With a model configured it adds what its quoted sentences bear out; it never takes away.
            return TypedResults.Ok(model is not null && comparison.Value.UseModel ? await model.ExtendAsync(rules, inputs, ct) : rules);
        });
        return api;
    }

    /// <summary>422 naming, by their place in the request (from 0), the groups of articles that do report one story.</summary>
    private static IResult NotOneStory(List<Story> stories, List<ComparisonInput> inputs) =>
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

