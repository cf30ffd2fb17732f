namespace Summarizer.Testing;

/// <summary>One reply the fake server gives: status, headers, body, and how long it waits first.</summary>
public sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>The Content-Type of the body.</summary>
    public string ContentType { get; init; } = "application/json";
}
