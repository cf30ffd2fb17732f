using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Llm;
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
            // appsettings.json sets Information for the service; a command-line run keeps to warnings.
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        }
        builder.Services.AddSummarizer(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Builds (after <paramref name="configure"/>, which may add features such as the work queue) and starts the host, so configuration is validated (options, prompt files, provider settings) before any
    /// work; returns null after printing the reason when it is invalid.
    /// </summary>
    public static async Task<IHost?> StartAsync(CancellationToken cancellationToken, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = CreateBuilder();
        configure?.Invoke(builder);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch (Exception e) when (e is Microsoft.Extensions.Options.OptionsValidationException or InvalidOperationException or InvalidDataException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"error: invalid configuration: {e.Message}");
            host.Dispose();
            return null;
        }
    }

    /// <summary>Everything the executable registers, shared by the CLI and the hosted service (in any order).</summary>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSummarizerPipeline(configuration).AddSummarizerLlm(configuration);
}
