using Microsoft.Extensions.Logging;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling;

/// <summary>
/// The progress of a nightly batch, which has no console: the start of the story comparison, and the articles at
/// every tenth of the batch, so a long run shows in the log while it works. (Loading earlier nights' articles is
/// logged by <see cref="EarlierArticleLoader"/> itself.)
/// </summary>
internal sealed partial class LoggedBatchProgress(ILogger logger) : IProgress<BatchProgress>
{
    private int _lastTenth;

    public void Report(BatchProgress value)
    {
        if (value.Stage == BatchStage.EarlierArticles) return;
        if (value.Stage == BatchStage.ComparingStories)
        {
            LogStage(logger, value.LastSource);
            return;
        }
        if (value.Total <= 0) return;
        int tenth = 10 * value.Done / value.Total;
        // Progress arrives from several workers at once: each tenth is logged by the one report that reaches it first.
        int last = Volatile.Read(ref _lastTenth);
        if (tenth > last && Interlocked.CompareExchange(ref _lastTenth, tenth, last) == last)
            LogArticles(logger, value.Done, value.Total, value.Failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly batch: {Stage}")]
    private static partial void LogStage(ILogger logger, string stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly batch: {Done} of {Total} articles done, {Failed} failed")]
    private static partial void LogArticles(ILogger logger, int done, int total, int failed);
}
