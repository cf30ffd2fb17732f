namespace Summarizer.Evaluation.Rouge;

/// <summary>The documents read from a JSON Lines corpus and a message for every line that was skipped.</summary>
/// <param name="Documents">Documents in file order.</param>
/// <param name="Problems">One message per skipped line, naming the source and line number.</param>
public sealed record EvalCorpusReadResult(IReadOnlyList<EvalDocument> Documents, IReadOnlyList<string> Problems)
{
    /// <summary>Number of non-blank lines that were skipped as malformed.</summary>
    public int SkippedLines => Problems.Count;
}
