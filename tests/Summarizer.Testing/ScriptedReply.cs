namespace Summarizer.Testing;

/// <summary>One reply the fake server gives: status, headers, body, and how long it waits first.</summary>
public sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>The Content-Type of the body.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>
    /// When set, the headers go out at once and the body trickles at about this many bytes a second (a slow or stalled
    /// upstream), until it is written or the client hangs up.
    /// </summary>
    public int? BytesPerSecond { get; init; }
}
