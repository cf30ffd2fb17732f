namespace Summarizer.Evaluation.Rouge;

/// <summary>Output of <see cref="RougeEvaluation.Evaluate"/>, in a deterministic order.</summary>
/// <param name="Rows">One row per (dataset, split, system), ordered by dataset, split, then system (ordinal).</param>
/// <param name="Scores">Per-document scores, in document order and, within a document, system order (ordinal).</param>
/// <param name="Failures">System calls that failed, in the same order as <paramref name="Scores"/>.</param>
public sealed record RougeEvaluationResult(
    IReadOnlyList<RougeEvaluationRow> Rows,
    IReadOnlyList<DocumentScore> Scores,
    IReadOnlyList<SystemFailure> Failures);
