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

    private static string Normalise(string? pattern) => "/" + (pattern ?? "").Trim('/');
}
