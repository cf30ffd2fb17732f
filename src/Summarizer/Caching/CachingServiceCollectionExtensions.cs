using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Caching.Sqlite;

namespace Summarizer.Caching;

/// <summary>Registration of the lasting stage cache.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Cache</c> and registers <see cref="ICacheStore"/> (SQLite, or a no-op store when disabled) and
    /// <see cref="StageCache"/>. Safe to call more than once and in any order with the other registrations.
    /// </summary>
    public static IServiceCollection AddSummarizerCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section));
        services.TryAddSingleton<ICacheStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CacheOptions>>().Value;
            long? cap = options.MaxMegabytes > 0 ? options.MaxMegabytes * 1024L * 1024L : null;
            return options.Enabled ? new SqliteCacheStore(options.Path, cap, sp.GetService<TimeProvider>()) : new DisabledCacheStore();
        });
        services.TryAddSingleton<StageCache>();
        return services;
    }
}
