using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Caching;

/// <summary>Registration of the lasting cache and of the caching decorator around the summary engine.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Cache</c> and registers <see cref="ICacheStore"/> (SQLite, or a no-op store when disabled).
    /// Call after the summary engine is registered: the registered <see cref="ISummaryEngine"/> is wrapped in
    /// <see cref="CachingSummaryEngine"/>.
    /// </summary>
    public static IServiceCollection AddSummarizerCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section));
        services.TryAddSingleton<ICacheStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CacheOptions>>().Value;
            return options.Enabled ? new SqliteCacheStore(options.Path) : new DisabledCacheStore();
        });
        services.TryAddSingleton<FactSheetCache>();
        return services.DecorateSummaryEngine();
    }

    private static IServiceCollection DecorateSummaryEngine(this IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(ISummaryEngine) && !d.IsKeyedService);
        if (descriptor is null) return services;
        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(typeof(ISummaryEngine), sp =>
        {
            var inner = Create(sp, descriptor);
            var store = sp.GetRequiredService<ICacheStore>();
            // With the cache off there is nothing to key or serialise: the engine runs bare.
            if (inner is CachingSummaryEngine || store is DisabledCacheStore) return inner;
            // Options are fixed for the life of the process: fingerprint them once, not on every lookup.
            var fingerprint = new Lazy<string>(() => Fingerprint(sp, inner));
            return new CachingSummaryEngine(inner, store, sp.GetRequiredService<ILogger<CachingSummaryEngine>>(), () => fingerprint.Value);
        }, descriptor.Lifetime));
        return services;
    }

    private static ISummaryEngine Create(IServiceProvider sp, ServiceDescriptor d) =>
        (ISummaryEngine)(d.ImplementationInstance
            ?? d.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));

    // The extractive engine has no prompt or model: its options are what change its output.
    private static string Fingerprint(IServiceProvider sp, ISummaryEngine inner) =>
        inner is ExtractiveSummaryEngine
            ? JsonSerializer.Serialize(sp.GetService<IOptions<ExtractiveOptions>>()?.Value ?? sp.GetService<ExtractiveOptions>() ?? new ExtractiveOptions())
            : "";
}
