namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// One summary of a CLIFF-format labels file (AggreFact's columns): <see cref="Label"/> is 1 when annotators found it
/// factually consistent with <see cref="Document"/>, 0 when it has an error; <see cref="Cut"/> is val or test.
/// </summary>
public sealed record CliffRow(string Origin, string Cut, string Id, string ModelName, int Label, string Document, string Summary);
