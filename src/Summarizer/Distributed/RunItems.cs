using Summarizer.Pipeline;

namespace Summarizer.Distributed;

/// <summary>Report rows only the queue makes.</summary>
internal static class RunItems
{
    /// <summary>The row of an article the queue gave up on.</summary>
    public static RunItem DeadLettered(string source, int attempts, string reason) =>
        RunItem.Failure(source, $"dead-lettered after {attempts} attempts: {reason}");
}
