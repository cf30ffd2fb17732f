namespace Summarizer.Caching;

/// <summary>Settings of the lasting stage cache, bound from <c>Summarizer:Cache</c>.</summary>
public sealed class CacheOptions
{
    public const string Section = "Summarizer:Cache";

    /// <summary>When false every lookup misses and nothing is stored.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>SQLite database file; a relative path is taken from the current directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("cache", "summarizer.db");

    /// <summary>Cap on the stored results, in megabytes; the least recently used are evicted past it. 0 = no cap.</summary>
    public int MaxMegabytes { get; set; } = 1024;
}
