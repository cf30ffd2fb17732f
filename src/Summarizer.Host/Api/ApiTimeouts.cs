using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Summarizer.Host.Api;

/// <summary>
/// The processing deadline of an API request (<see cref="ApiOptions.RequestTimeoutSeconds"/>), with ASP.NET Core's
/// request-timeout middleware: at the deadline the request's cancellation token fires, every stage stops, and the client
/// is answered 503 with <c>Retry-After</c> and a problem body. A client that hangs up cancels the same token.
/// </summary>
public static class ApiTimeouts
{
    public const string Policy = "api-deadline";

    public static IServiceCollection AddSummarizerRequestTimeouts(this IServiceCollection services, ApiOptions options) =>
        services.AddRequestTimeouts(timeouts => timeouts.AddPolicy(Policy, new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(Math.Max(1, options.RequestTimeoutSeconds)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = async context =>
            {
                context.Response.Headers.RetryAfter = "30";
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status503ServiceUnavailable,
                        Title = "The request took too long",
                        Detail = string.Create(CultureInfo.InvariantCulture,
                            $"Processing stopped after {options.RequestTimeoutSeconds} s (Summarizer:Api:RequestTimeoutSeconds); try again later or send a shorter article."),
                    },
                });
            },
        }));
}
