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
        // Every problem says what kind it is and which request it was, for the editor who reports it.
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Type ??= problem.Status switch
            {
                StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
                StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
                _ => "https://tools.ietf.org/html/rfc9110#section-15",
            };
            problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        });
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        var options = section.Get<ApiOptions>() ?? new ApiOptions();
        services.AddSummarizerRateLimiting(options);
        services.AddSummarizerRequestTimeouts(options);
        return services;
    }

    /// <summary>Maps <c>/api/*</c> behind the API key, the rate limit and the processing deadline.</summary>
    public static IEndpointRouteBuilder MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization()
            .RequireRateLimiting(ApiRateLimiting.PerKeyPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            // The deadline answer (ApiTimeouts), with Retry-After (added to the document by OpenApiSetup).
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.WithRequestTimeout(ApiTimeouts.Policy).WithDeadlineAnswer();
        api.MapSummaries().MapComparisons().MapRuns();
        return app;
    }
}
