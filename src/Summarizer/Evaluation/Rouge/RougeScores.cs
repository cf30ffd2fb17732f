namespace Summarizer.Evaluation.Rouge;

/// <summary>The four ROUGE measures of one (reference, candidate) pair.</summary>
/// <param name="Rouge1">Unigram overlap.</param>
/// <param name="Rouge2">Bigram overlap.</param>
/// <param name="RougeL">Longest common subsequence over the whole token sequences.</param>
/// <param name="RougeLsum">Summary-level union LCS over newline-separated sentences.</param>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum);
