namespace Summarizer.Storage;

/// <summary>Where the stage cache, run records and story results live.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file (<c>Summarizer:Cache:Path</c>): the zero-configuration, single-machine default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every process (<c>Summarizer:Store:ConnectionString</c>).</summary>
    Postgres,
}
