using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Summarizer.Host.Api;

/// <summary>
/// A fixed window of requests per API key, and a tighter one per client address for requests without a valid key (so
/// guessing keys is slow), with 429, <c>Retry-After</c> and a problem body when it is used up.
/// </summary>
public static class ApiRateLimiting
{
    public const string PerKeyPolicy = "per-api-key";

    public static IServiceCollection AddSummarizerRateLimiting(this IServiceCollection services, ApiOptions options)
    {
        var window = TimeSpan.FromSeconds(Math.Max(1, options.RateLimitWindowSeconds));
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerKeyPolicy, context => context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId
                ? FixedWindow($"key:{keyId}", options.RequestsPerWindow, window)
                : FixedWindow($"address:{context.Connection.RemoteIpAddress}", options.UnauthenticatedRequestsPerWindow, window));
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"Retry after {http.Response.Headers.RetryAfter} s." },
                });
            };
        });
    }

    private static RateLimitPartition<string> FixedWindow(string partition, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0,
        });
}
