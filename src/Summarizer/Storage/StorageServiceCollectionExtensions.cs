using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;
using Summarizer.Storage.Postgres;
using Summarizer.Storage.Sqlite;

namespace Summarizer.Storage;

/// <summary>Registration of the lasting store: SQLite by default, PostgreSQL when <c>Summarizer:Store:Provider</c> says so.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Store</c> and registers the <see cref="IRunStore"/> and, for PostgreSQL, the shared
    /// <see cref="PostgresDatabase"/>. The stage cache (<c>AddSummarizerCache</c>) asks <see cref="CreateCacheStore"/>
    /// for its store. Safe to call more than once, in any order.
    /// </summary>
    public static IServiceCollection AddSummarizerStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section))
            .Validate(o => o.Provider != StoreProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{StoreOptions.Section}:ConnectionString is required when {StoreOptions.Section}:Provider is Postgres")
            .ValidateOnStart();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section));
        services.TryAddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString ?? ""));
        services.TryAddSingleton<IRunStore>(sp => Provider(sp) == StoreProvider.Postgres
            ? new PostgresRunStore(sp.GetRequiredService<PostgresDatabase>())
            : new SqliteRunStore(sp.GetRequiredService<IOptions<CacheOptions>>().Value.Path));
        return services;
    }

    /// <summary>
    /// The stage cache's store for the configured provider (the cache's own switch is applied by the caller). The SQLite
    /// file keeps to <see cref="CacheOptions.MaxMegabytes"/> by evicting the least recently used; a PostgreSQL server's
    /// space is the database administrator's to manage.
    /// </summary>
    public static ICacheStore CreateCacheStore(IServiceProvider services)
    {
        if (Provider(services) == StoreProvider.Postgres) return new PostgresCacheStore(services.GetRequiredService<PostgresDatabase>());
        var cache = services.GetRequiredService<IOptions<CacheOptions>>().Value;
        long? cap = cache.MaxMegabytes > 0 ? cache.MaxMegabytes * 1024L * 1024L : null;
        return new SqliteCacheStore(cache.Path, cap, services.GetService<TimeProvider>());
    }

    private static StoreProvider Provider(IServiceProvider services) => services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider;
}
