using Microsoft.Extensions.Logging;

namespace Summarizer.Llm;

/// <summary>
/// Source-generated log messages of the model stack. They carry model, endpoint, status, timings and token
/// counts only: never message content (articles may be embargoed) and never credentials.
/// </summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Model call to {Model} started ({MessageCount} messages)")]
    public static partial void CallStarted(ILogger logger, string? model, int messageCount);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Model call to {Model} finished in {ElapsedMs:F0} ms: {InputTokens} in, {OutputTokens} out, finish reason {FinishReason}")]
    public static partial void CallFinished(ILogger logger, string? model, double elapsedMs, long? inputTokens, long? outputTokens, string? finishReason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Model call to {Model} failed after {ElapsedMs:F0} ms: {ErrorType} (HTTP {Status})")]
    public static partial void CallFailed(ILogger logger, string? model, double elapsedMs, string errorType, int? status);

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
