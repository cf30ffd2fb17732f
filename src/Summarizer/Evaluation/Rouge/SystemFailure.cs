namespace Summarizer.Evaluation.Rouge;

/// <summary>A system that threw (or returned null) for a document; the document is left out of that system's rows.</summary>
/// <param name="DocumentId">Id of the document.</param>
/// <param name="System">System name.</param>
/// <param name="Message">Exception type and message.</param>
public sealed record SystemFailure(string DocumentId, string System, string Message);
