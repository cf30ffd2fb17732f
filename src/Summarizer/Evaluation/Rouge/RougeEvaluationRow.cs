namespace Summarizer.Evaluation.Rouge;

/// <summary>One row of an evaluation table: a system's mean ROUGE F1 (×100, with 95% bootstrap CIs) on one dataset split.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Split">Split name.</param>
/// <param name="System">System name (a key of the systems dictionary).</param>
/// <param name="Count">Number of documents scored (documents whose system call failed are not counted).</param>
/// <param name="Rouge1">ROUGE-1 F1 ×100.</param>
/// <param name="Rouge2">ROUGE-2 F1 ×100.</param>
/// <param name="RougeL">ROUGE-L F1 ×100.</param>
/// <param name="RougeLsum">ROUGE-Lsum F1 ×100.</param>
public sealed record RougeEvaluationRow(
    string Dataset,
    string Split,
    string System,
    int Count,
    MeanWithInterval Rouge1,
    MeanWithInterval Rouge2,
    MeanWithInterval RougeL,
    MeanWithInterval RougeLsum);
