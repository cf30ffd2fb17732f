using Summarizer.Host.Api;
using Summarizer.Scheduling;
using Summarizer.Host.Telemetry;

namespace Summarizer.Host.Serve;

/// <summary>
/// The <c>serve</c> process: one web application holding the nightly schedule and the editors' API and page, either of
/// which can be switched off (<c>Summarizer:Schedule:Enabled</c>, <c>Summarizer:Api:Enabled</c>). Listens where
/// <c>--urls</c> or <c>ASPNETCORE_URLS</c> say. On shutdown in-flight requests and a running batch may finish,
/// within <c>HostOptions.ShutdownTimeout</c>.
/// </summary>
public static class ServeApplication
{
    /// <param name="args">Host arguments (<c>--urls</c>, <c>--environment</c>, configuration overrides).</param>
    /// <param name="addPipeline">Registers the summarising pipeline (the CLI's shared registration).</param>
    /// <param name="configure">Last-minute changes before the services are read (tests add configuration here).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection, IConfiguration> addPipeline, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        configure?.Invoke(builder);
        var configuration = builder.Configuration;
        addPipeline(builder.Services, configuration);
        builder.Services.AddSummarizerTelemetry(configuration, prometheus: true);
        if (configuration.GetValue($"{ScheduleOptions.Section}:{nameof(ScheduleOptions.Enabled)}", true))
            builder.Services.AddSummarizerNightly(configuration);
        bool api = configuration.GetValue($"{ApiOptions.Section}:{nameof(ApiOptions.Enabled)}", true);
        if (api)
        {
            builder.Services.AddSummarizerApi(configuration);
            builder.Services.AddSummarizerOpenApi();
            var limit = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.MaxBodyBytes ?? new ApiOptions().MaxBodyBytes;
            // Kestrel stops reading a little past the API's own limit, so oversized bodies are never buffered whole.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limit + 1);
        }

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => TypedResults.Text("ok")).WithTags("Health").WithSummary("Liveness: the process is up");
        app.MapSummarizerMetrics();
        if (!api) return app;
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        // Authentication names the key; the rate limiter (per key, or per address without a valid key) comes before
        // authorization, so failed attempts are limited too; the deadline covers everything after.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.MapSummarizerApi();
        app.MapOpenApi();
        return app;
    }
}
