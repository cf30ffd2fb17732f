using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Summaries;

namespace Summarizer.Distributed;

/// <summary>The coordinator's end of a run that failed.</summary>
public sealed partial class DistributedBatchRunner
{
    /// <summary>
    /// Ends a failed run here (<see cref="EndedRuns"/>) and in the store, recording it first when it failed before it
    /// was (while sending), so that workers elsewhere acknowledge its remaining messages without work. The store may be
    /// what failed: a failure to record is logged, and the run's own exception is what the caller sees.
    /// </summary>
    private async Task EndFailedAsync(FailedRunReport failure, bool begun)
    {
        endedRuns.End(failure.RunId);
        LogFailed(logger, failure.RunId, failure.Error);
        try
        {
            if (!begun) await runs.BeginRunAsync(failure.RunId, failure.ArticlesSent, CancellationToken.None);
            await runs.CompleteRunAsync(failure.RunId, JsonSerializer.Serialize(failure, SummaryJson.Compact), CancellationToken.None);
        }
        catch (Exception e)
        {
            LogNotRecorded(logger, e, failure.RunId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed ({Error}); ending it so that workers take no more of its articles")]
    private static partial void LogFailed(ILogger logger, string runId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed and could not be marked ended in the run store; workers elsewhere may go on with its articles")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string runId);
}
