using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Summarizer.Host.Api;

/// <summary>
/// The processing deadline of an API request (<see cref="ApiOptions.RequestTimeoutSeconds"/>), with ASP.NET Core's
/// request-timeout middleware: at the deadline the request's cancellation token fires, every stage stops, and the client
/// is answered 503 with <c>Retry-After</c> and a problem body. A client that hangs up cancels the same token. A deadline
/// reached in an endpoint is logged as one warning line naming the request (<see cref="WithDeadlineAnswer{TBuilder}"/>),
/// not as the middleware's warning with the cancellation's stack trace: it is an expected outcome, not a fault.
/// Within the deadline a summary's model stage has a budget of its own (<see cref="ModelStageBudget(ApiOptions)"/>,
/// counted from the request's start, time queued for a model slot included), so a slow or busy model gives the extractive
/// summary rather than a 503. The comparison endpoint has no fallback: its model call is bounded only by the per-attempt
/// cap the budget sets (see <see cref="Summarizer.Llm.Engine.ModelStageBudget.AttemptTimeout"/>) and by the deadline,
/// which answers 503.
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
            var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
            var time = http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
            // A summary's model stage stops in time for the extractive fallback to answer before the deadline: its budget
            // is a deadline from here (the request's start), so time queued for a model slot counts against it too.
            using var modelBudget = Summarizer.Llm.Engine.ModelStageBudget.Limit(ModelStageBudget(options), time);
            try
            {
                return await next(invocation);
            }
            catch (OperationCanceledException) when (http.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true
                && !http.Response.HasStarted)
            {
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiTimeouts).FullName!);
                LogDeadline(logger, http.Request.Method, http.Request.Path.Value ?? "", options.RequestTimeoutSeconds);
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await WriteTimeoutResponseAsync(http, options);
                return Results.Empty;
            }
        });

    /// <summary>
    /// The model-stage budget of a request (<see cref="Summarizer.Llm.Engine.ModelStageBudget"/>), counted from the request's
    /// start: its deadline less a margin for the extractive fallback and the answer, a sixth of the deadline up to 10 s
    /// (60 s → 50 s, 6 s → 5 s). Each model attempt within it is capped at the budget / (MaxRetries + 1).
    /// </summary>
    public static TimeSpan ModelStageBudget(ApiOptions options)
    {
        var deadline = TimeSpan.FromSeconds(Math.Max(1, options.RequestTimeoutSeconds));
        var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(10).Ticks, deadline.Ticks / 6));
        return deadline - margin;
    }

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
