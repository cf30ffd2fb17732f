namespace Summarizer.Scheduling;

/// <summary>What the nightly runs remember between runs and restarts: when the last one ran and which inbox files it finished.</summary>
public sealed record RunState
{
    public DateTimeOffset? LastRunUtc { get; init; }

    /// <summary>Inbox file (relative path) to the SHA-256 of the content that was summarised.</summary>
    public IReadOnlyDictionary<string, string> Processed { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// SHA-256 of each inbox file's content summarised on some night to where it was and what it gave, the most recent
    /// <see cref="ScheduleOptions.RememberedContents"/> of them: a file repeating one on a later night is its duplicate.
    /// </summary>
    public IReadOnlyDictionary<string, ProcessedContent> Contents { get; init; } = new Dictionary<string, ProcessedContent>();
}

/// <summary>An inbox file's content as summarised: the file (relative to the inbox), the run, its articles, and when.</summary>
public sealed record ProcessedContent(string Source, string RunId, IReadOnlyList<string> ArticleIds, DateTimeOffset ProcessedAt)
{
    /// <summary>The run's folder relative to the output folder (its summaries are there); null in a state written before it was kept.</summary>
    public string? RunFolder { get; init; }
}
