namespace Summarizer.Storage;

/// <summary>The lasting store, bound from <c>Summarizer:Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Summarizer:Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>Npgsql connection string for <see cref="StoreProvider.Postgres"/> ("Host=db;Username=summarizer;Password=...;Database=summarizer").</summary>
    public string? ConnectionString { get; set; }
}
