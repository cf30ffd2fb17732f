namespace Summarizer.Evaluation.Rouge;

/// <summary>One evaluation example: an article and its reference summary.</summary>
/// <param name="Id">Document id (from <c>id</c>, <c>hash</c> or <c>doc_id</c>).</param>
/// <param name="Dataset">Normalised dataset name, lowercase (e.g. <c>cnndm</c>, <c>xsum</c>).</param>
/// <param name="Split">Dataset split, lowercase (default <c>test</c>).</param>
/// <param name="Article">The source article text.</param>
/// <param name="Reference">The reference summary; sentences separated by '\n' for ROUGE-Lsum.</param>
public sealed record EvalDocument(string Id, string Dataset, string Split, string Article, string Reference);
