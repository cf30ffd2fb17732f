using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Pipeline;

namespace Summarizer.Host.Cli;

/// <summary>
/// Builds the generic host the commands share. Configuration follows .NET conventions: <c>appsettings.json</c>
/// beside the executable, then <c>appsettings.{Environment}.json</c>, then environment variables
/// (<c>Summarizer__Llm__Provider=OpenAI</c>).
/// </summary>
internal static class AppHost
{
    public static HostApplicationBuilder CreateBuilder(string[]? args = null, bool quietConsole = true)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (quietConsole)
        {
            // Command-line runs own the console (progress bar, tables); only problems are logged, to stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        builder.Services.AddSummarizer(builder.Configuration);
        return builder;
    }

    /// <summary>Everything the executable registers, shared by the CLI and the hosted service.</summary>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummarizerPipeline(configuration);
        return services;
    }
}
