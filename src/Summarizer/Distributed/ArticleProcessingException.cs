namespace Summarizer.Distributed;

/// <summary>
/// Thrown by a worker for an article whose processing hit an internal error, so the queue retries it and, past the
/// retry limit, dead-letters it with this message as the reason.
/// </summary>
public sealed class ArticleProcessingException(string message) : Exception(message);
