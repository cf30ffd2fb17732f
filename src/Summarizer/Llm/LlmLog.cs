using Microsoft.Extensions.Logging;

namespace Summarizer.Llm;

/// <summary>
/// Source-generated log messages of the engine and the resilience pipeline. They carry endpoint, status, attempt and
/// reason only: never message content (articles may be embargoed) and never credentials. Each call itself is logged by
/// Microsoft.Extensions.AI's logging client (at Trace it logs prompts and replies: keep Trace off in production).
/// </summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Retrying model call to {Endpoint} (attempt {Attempt}) in {DelayMs:F0} ms after {ErrorType} (HTTP {Status})")]
    public static partial void Retrying(ILogger logger, string endpoint, int attempt, double delayMs, int? status, string? errorType);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Circuit to {Endpoint} opened for {BreakSeconds:F1} s")]
    public static partial void CircuitOpened(ILogger logger, string endpoint, double breakSeconds);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Article {ArticleId}: LLM attempt {Attempt} failed: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string articleId, int attempt, string reason);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Article {ArticleId}: falling back to the extractive summary ({Reason})")]
    public static partial void FallingBack(ILogger logger, string articleId, string reason);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Article {ArticleId}: ~{Tokens} tokens over budget, summarising {Chunks} chunks map-reduce")]
    public static partial void MapReduce(ILogger logger, string articleId, int tokens, int chunks);
}
