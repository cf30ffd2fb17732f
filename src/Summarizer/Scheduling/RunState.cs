namespace Summarizer.Scheduling;

/// <summary>What the nightly runs remember between runs and restarts: when the last one ran and which inbox files it finished.</summary>
public sealed record RunState
{
    public DateTimeOffset? LastRunUtc { get; init; }

    /// <summary>Inbox file (relative path) to the SHA-256 of the content that was summarised.</summary>
    public IReadOnlyDictionary<string, string> Processed { get; init; } = new Dictionary<string, string>();
}
