namespace Summarizer.Evaluation.Rouge;

/// <summary>The ROUGE scores of one system's summary of one document.</summary>
/// <param name="DocumentId">Id of the document.</param>
/// <param name="Dataset">Dataset of the document.</param>
/// <param name="Split">Split of the document.</param>
/// <param name="System">System name.</param>
/// <param name="Scores">Scores of the candidate against the document's reference.</param>
public sealed record DocumentScore(string DocumentId, string Dataset, string Split, string System, RougeScores Scores);
