using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Caching;
using Summarizer.Caching.Sqlite;

namespace Summarizer.Tests.Caching;

/// <summary>A stage cache over a fresh SQLite file in a temporary folder, all removed on dispose.</summary>
internal sealed class TempStageCache : IDisposable
{
    private readonly TempFolder _folder = new();

    public TempStageCache()
    {
        Store = new SqliteCacheStore(_folder.File("cache.db"));
        Cache = new StageCache(Store, NullLogger<StageCache>.Instance);
    }

    public SqliteCacheStore Store { get; }

    public StageCache Cache { get; }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
