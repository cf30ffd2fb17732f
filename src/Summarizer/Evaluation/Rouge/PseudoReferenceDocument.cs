namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// A tuning-only article whose references are other systems' summaries judged consistent by people (pseudo-references):
/// it may join the training side of a tuning search, never the held-out side, and is never reported on.
/// </summary>
/// <param name="Id">The source's document id.</param>
/// <param name="Dataset">Normalised dataset name (<c>cnndm</c>, <c>xsum</c>).</param>
/// <param name="Article">The article text.</param>
/// <param name="References">Each pseudo-reference, its sentences separated by '\n' (for ROUGE-Lsum); a row scores their mean.</param>
public sealed record PseudoReferenceDocument(string Id, string Dataset, string Article, IReadOnlyList<string> References);
