using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Summarizer.Host.Api;

/// <summary>
/// The processing deadline of an API request (<see cref="ApiOptions.RequestTimeoutSeconds"/>), with ASP.NET Core's
/// request-timeout middleware: at the deadline the request's cancellation token fires, every stage stops, and the client
/// is answered 503 with <c>Retry-After</c> and a problem body. A client that hangs up cancels the same token. A deadline
/// reached in an endpoint is logged as one warning line naming the request (<see cref="WithDeadlineAnswer{TBuilder}"/>),
/// not as the middleware's warning with the cancellation's stack trace: it is an expected outcome, not a fault.
/// </summary>
public static partial class ApiTimeouts
{
    public const string Policy = "api-deadline";

    public static IServiceCollection AddSummarizerRequestTimeouts(this IServiceCollection services, ApiOptions options) =>
        services.AddRequestTimeouts(timeouts => timeouts.AddPolicy(Policy, new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(Math.Max(1, options.RequestTimeoutSeconds)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => WriteTimeoutResponseAsync(context, options),
        }));

    /// <summary>
    /// Answers a request whose endpoint stopped at the deadline itself (503, <c>Retry-After</c>, the same problem as the
    /// middleware's) and logs it in one line, so the middleware never sees the cancellation and logs no stack trace.
    /// </summary>
    public static TBuilder WithDeadlineAnswer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            try
            {
                return await next(invocation);
            }
            catch (OperationCanceledException) when (http.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true
                && !http.Response.HasStarted)
            {
                var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiTimeouts).FullName!);
                LogDeadline(logger, http.Request.Method, http.Request.Path.Value ?? "", options.RequestTimeoutSeconds);
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await WriteTimeoutResponseAsync(http, options);
                return Results.Empty;
            }
        });

    private static async Task WriteTimeoutResponseAsync(HttpContext context, ApiOptions options)
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
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} stopped at its {Seconds} s deadline (Summarizer:Api:RequestTimeoutSeconds); answered 503 with Retry-After")]
    private static partial void LogDeadline(ILogger logger, string method, string path, int seconds);
}
