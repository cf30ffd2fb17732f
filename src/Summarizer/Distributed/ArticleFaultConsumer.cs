using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Storage;

namespace Summarizer.Distributed;

/// <summary>
/// Records, as the article's outcome, that the queue gave up on it: MassTransit publishes a fault when it moves a
/// message to the dead-letter queue, and this turns the fault's reason into the run report's row.
/// </summary>
public sealed partial class ArticleFaultConsumer(IRunStore runs, IOptions<QueueOptions> options, ILogger<ArticleFaultConsumer> logger)
    : IConsumer<Fault<ArticleWork>>
{
    public async Task Consume(ConsumeContext<Fault<ArticleWork>> context)
    {
        var work = context.Message.Message;
        string reason = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown failure";
        int attempts = options.Value.RetryLimit + 1;
        LogDeadLettered(logger, work.Article.Source, work.RunId, attempts, reason);
        var item = RunItems.DeadLettered(work.Article.Source, attempts, reason);
        await runs.TryRecordAsync(work.RunId, new StoredItem(work.Sequence, item, null), context.CancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Source} of run {RunId} was dead-lettered after {Attempts} attempts: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string source, string runId, int attempts, string reason);
}
