namespace Summarizer.Host.Cli;

/// <summary>
/// What <c>eval rouge --tune</c> was told about pseudo-references: the CLIFF-format file (none when null), a document's
/// weight, and the datasets whose pseudo-references are used (all when empty).
/// </summary>
internal sealed record EvalRougePseudoReferenceOptions(string? Path, double Weight, IReadOnlyList<string> Datasets);
