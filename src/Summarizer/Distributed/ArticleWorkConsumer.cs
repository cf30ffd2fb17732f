using MassTransit;
using Microsoft.Extensions.Logging;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Runs;
using Summarizer.Storage;

namespace Summarizer.Distributed;

/// <summary>
/// A worker's handling of one article: skip it when the run already has its outcome (a redelivered message), else
/// process it (each stage through the shared stage cache, so work finished before a crash is not redone) and record
/// the outcome. The message is acknowledged only when this returns, so after the outcome is stored; an internal error
/// throws, for the queue's retries and then its dead-letter queue. An article of a run its coordinator has ended
/// (<see cref="EndedRuns"/>: finished, or stopped by Ctrl-C or SIGTERM) is acknowledged without work.
/// </summary>
public sealed partial class ArticleWorkConsumer(ArticleProcessor processor, IRunStore runs, EndedRuns endedRuns, RunScopes runScopes,
    ILogger<ArticleWorkConsumer> logger)
    : IConsumer<ArticleWork>
{
    public async Task Consume(ConsumeContext<ArticleWork> context)
    {
        var work = context.Message;
        var ct = context.CancellationToken;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = work.RunId, ["ArticleSource"] = work.Article.Source });
        if (await endedRuns.HasEndedAsync(work.RunId, ct).ConfigureAwait(false))
        {
            LogRunEnded(logger, work.Article.Source, work.RunId);
            return;
        }
        // Only a message that may have been handled before (the broker's redelivery after a crash, or a retry) can have
        // an outcome already; a first delivery skips the look-up, one round trip to the store per article.
        bool mayBeDone = context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0;
        if (mayBeDone && await runs.ContainsAsync(work.RunId, work.Sequence, ct).ConfigureAwait(false))
        {
            LogAlreadyDone(logger, work.Article.Source, work.RunId);
            return;
        }
        // Each message is its own run for the per-run hooks: a long-lived worker must not carry one run's spending into
        // the next. The model budget is therefore enforced per article here, not per batch.
        ArticleResult result;
        using (runScopes.Begin(RunKind.Batch)) result = await processor.ProcessAsync(work.Article, ct).ConfigureAwait(false);
        if (result.InternalError) throw new ArticleProcessingException(result.Error ?? "internal error");
        await runs.TryRecordAsync(work.RunId, new StoredItem(work.Sequence, RunItem.Of(result), result.Summary), ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Source} of run {RunId} is not processed: its coordinator has ended the run")]
    private static partial void LogRunEnded(ILogger logger, string source, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} of run {RunId} is already done; acknowledging the redelivered message")]
    private static partial void LogAlreadyDone(ILogger logger, string source, string runId);
}
