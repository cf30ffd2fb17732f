using Summarizer.Scheduling;

namespace Summarizer.Host.Api;

/// <summary>Registration and routes of the editors' HTTP API.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Binds <c>Summarizer:Api</c>; registers API-key authentication, the per-key rate limiter and <see cref="SummaryApi"/>.</summary>
    public static IServiceCollection AddSummarizerApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiOptions.Section);
        services.AddOptions<ApiOptions>().Bind(section);
        // Bound here too so /api/runs/latest knows the output folder when the schedule itself is switched off.
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section));
        // API bodies have the same shape as the files a run writes (enums as camelCase strings, nulls omitted).
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<SummaryApi>();
        services.AddProblemDetails();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSummarizerRateLimiting(section.Get<ApiOptions>() ?? new ApiOptions());
        return services;
    }

    /// <summary>Maps <c>/api/*</c> behind the API key and the rate limit.</summary>
    public static IEndpointRouteBuilder MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api")
            .RequireAuthorization()
            .RequireRateLimiting(ApiRateLimiting.PerKeyPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .MapSummaries()
            .MapComparisons()
            .MapRuns();
        return app;
    }
}
