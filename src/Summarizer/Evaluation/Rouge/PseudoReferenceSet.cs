namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// The pseudo-reference documents read from a CLIFF-format file, and how many documents were left out because their
/// text is one of the references file's own articles: a test article (it must never be tuned on) or a dev article (it
/// would sit on both sides of a cross-validation fold).
/// </summary>
public sealed record PseudoReferenceSet(
    IReadOnlyList<PseudoReferenceDocument> Documents,
    int ExcludedAsTest,
    int ExcludedAsTuning);
