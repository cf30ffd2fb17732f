namespace Summarizer.Distributed;

/// <summary>
/// What the store keeps of a distributed run that failed (an exception, not a cancellation) in place of its
/// <see cref="Pipeline.RunReport"/>: which run, when, and why. <see cref="Failed"/> is always true, so a reader of the
/// stored report tells a failed run from a finished one.
/// </summary>
public sealed record FailedRunReport(string RunId, DateTimeOffset StartedAt, TimeSpan Duration, string Engine, int ArticlesSent, string Error)
{
    public bool Failed => true;
}
