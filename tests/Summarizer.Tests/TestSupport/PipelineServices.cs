using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;

namespace Summarizer.Tests.TestSupport;

/// <summary>
/// The library's own registrations over in-memory settings, with stand-ins registered first where a test needs one
/// (the pipeline only adds what is not registered yet), so tests exercise the production wiring.
/// </summary>
internal static class PipelineServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? standIns = null,
        Action<IServiceCollection, IConfiguration>? features = null)
    {
        // No test writes a cache into the working folder: off unless the test names a path.
        var values = new Dictionary<string, string?>(settings);
        if (!values.ContainsKey("Summarizer:Cache:Path")) values.TryAdd("Summarizer:Cache:Enabled", "false");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        standIns?.Invoke(services);
        services.AddSummarizerPipeline(configuration);
        features?.Invoke(services, configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
