using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.IntegrationTests.Api;

/// <summary>The generated OpenAPI document lists every endpoint the application maps, with its key and its problems.</summary>
public class OpenApiDocumentTests
{
    [Fact]
    public async Task Document_matches_the_mapped_endpoints()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var documented = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();

        var mapped = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText)}"))
            .Distinct().Order().ToList();

        Assert.Equal(mapped, documented);
        Assert.StartsWith("3.1", doc.RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Api_operations_require_the_key_and_document_their_problems()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var post = root.GetProperty("paths").GetProperty("/api/summaries").GetProperty("post");
        Assert.Equal("ApiKey", post.GetProperty("security")[0].EnumerateObject().Single().Name);
        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Superset(new HashSet<string> { "200", "400", "401", "413", "415", "429" }, responses.ToHashSet());
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/plain", out _));
        Assert.False(root.GetProperty("paths").GetProperty("/healthz").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task An_article_requires_only_its_text()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var schema = doc.RootElement.GetProperty("paths").GetProperty("/api/summaries").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(e => e.GetString()).ToList() : [];
        Assert.Equal(["text"], required);
        Assert.True(schema.GetProperty("properties").TryGetProperty("outlet", out _));
    }

    [Fact]
    public async Task Every_api_operation_documents_the_deadline_answer_with_its_retry_after()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var operations = doc.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Name: $"{m.Name} {p.Name}", Operation: m.Value))).ToList();

        Assert.NotEmpty(operations);
        foreach (var (name, operation) in operations)
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty("503", out var deadline), $"{name} documents no 503");
            Assert.True(deadline.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name}: 503 without a problem body");
            var retryAfter = deadline.GetProperty("headers").GetProperty("Retry-After");
            Assert.Equal("integer", Resolve(doc.RootElement, retryAfter.GetProperty("schema")).GetProperty("type").GetString());
        }
        Assert.False(doc.RootElement.GetProperty("paths").GetProperty("/healthz").GetProperty("get").GetProperty("responses").TryGetProperty("503", out _));
    }

    [Fact]
    public async Task A_comparison_documents_the_number_of_articles_it_accepts()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var schema = Resolve(doc.RootElement, doc.RootElement.GetProperty("paths").GetProperty("/api/comparisons").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var articles = schema.GetProperty("properties").GetProperty("articles");

        Assert.Equal(Summarizer.Host.Api.ComparisonEndpoints.MinArticles, articles.GetProperty("minItems").GetInt32());
        Assert.Equal(Summarizer.Host.Api.ComparisonEndpoints.MaxArticles, articles.GetProperty("maxItems").GetInt32());
        Assert.Equal(2, articles.GetProperty("minItems").GetInt32());
        Assert.Equal(20, articles.GetProperty("maxItems").GetInt32());
        Assert.Contains("articles", schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_articles_text_is_a_non_empty_string_never_null()
    {
        await using var host = await ServeHost.StartAsync();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var schema = Resolve(doc.RootElement, doc.RootElement.GetProperty("paths").GetProperty("/api/summaries").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var text = schema.GetProperty("properties").GetProperty("text");

        var type = text.GetProperty("type");
        Assert.Equal(JsonValueKind.String, type.ValueKind);
        Assert.Equal("string", type.GetString());
        Assert.Equal(1, text.GetProperty("minLength").GetInt32());
        // The other fields may still be left out or sent as null.
        Assert.Contains("null", schema.GetProperty("properties").GetProperty("title").GetProperty("type").EnumerateArray().Select(e => e.GetString()));
    }

    // A schema or its "$ref" to "#/components/schemas/…".
    private static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static string Normalise(string? pattern) => "/" + (pattern ?? "").Trim('/');
}
