using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Storage;

namespace Summarizer.Caching;

/// <summary>Registration of the lasting stage cache.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Cache</c> and registers <see cref="ICacheStore"/> (SQLite or PostgreSQL as <c>Summarizer:Store:Provider</c> says, or a no-op store when disabled) and
    /// <see cref="StageCache"/>. Safe to call more than once and in any order with the other registrations.
    /// </summary>
    public static IServiceCollection AddSummarizerCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummarizerStore(configuration); // binds Summarizer:Cache too
        services.TryAddSingleton<ICacheStore>(sp => sp.GetRequiredService<IOptions<CacheOptions>>().Value.Enabled
            ? StorageServiceCollectionExtensions.CreateCacheStore(sp)
            : new DisabledCacheStore());
        services.TryAddSingleton<StageCache>();
        return services;
    }
}
