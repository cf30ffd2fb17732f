namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// One summary of a FRANK-format pairs file with its human factuality judgement (0–1) and the scores published
/// detectors gave it (null where a detector produced nothing).
/// </summary>
public sealed record FrankPair(
    string ArticleId,
    string Dataset,
    string Split,
    string Model,
    string Summary,
    double Factuality,
    IReadOnlyDictionary<string, double?> Peers);
