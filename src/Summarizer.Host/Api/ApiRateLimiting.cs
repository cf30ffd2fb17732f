using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Summarizer.Host.Api;

/// <summary>A fixed window of requests per API key, with 429, <c>Retry-After</c> and a problem body when it is used up.</summary>
public static class ApiRateLimiting
{
    public const string PerKeyPolicy = "per-api-key";

    public static IServiceCollection AddSummarizerRateLimiting(this IServiceCollection services, ApiOptions options)
    {
        var window = TimeSpan.FromSeconds(Math.Max(1, options.RateLimitWindowSeconds));
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerKeyPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.RequestsPerWindow), Window = window, QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = 429, Title = "Too many requests", Detail = $"Retry after {response.Headers.RetryAfter} s.",
                }, options: null, contentType: "application/problem+json", ct);
            };
        });
    }
}
