using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.IntegrationTests.Api;

/// <summary>The hand-maintained OpenAPI document must list exactly the endpoints the application maps.</summary>
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

        var mapped = host.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText)}"))
            .Distinct().Order().ToList();

        Assert.Equal(mapped, documented);
        Assert.Equal("3.0.4", doc.RootElement.GetProperty("openapi").GetString());
    }

    private static string Normalise(string? pattern) => "/" + (pattern ?? "").Trim('/');
}
