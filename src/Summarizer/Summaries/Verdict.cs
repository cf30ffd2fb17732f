namespace Summarizer.Summaries;

/// <summary>How one claim of a summary stands against its article.</summary>
public enum FindingStatus
{
    Supported,
    Unsupported,
    Contradicted,

    /// <summary>
    /// Not a claim of the summary but a warning about its source: the article holds text that speaks to a language model
    /// (prompt injection), which every engine withholds. It does not make a summary unverified.
    /// </summary>
    Flagged,
}

/// <summary>
/// One checked claim: what the summary said, how it stands, and the article text that decided it
/// (<see cref="EvidenceStart"/>/<see cref="EvidenceLength"/> index the clean text; -1 when nothing was found).
/// </summary>
public sealed record Finding(
    string Kind,
    string Claim,
    FindingStatus Status,
    string? Evidence,
    int EvidenceStart = -1,
    int EvidenceLength = 0,
    string? Note = null);

/// <summary>The verifier's judgement of a summary: every finding and a score in [0, 1] (1 = everything supported).</summary>
public sealed record Verdict(double Score, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when no finding is unsupported or contradicted.</summary>
    public bool IsVerified => Findings.All(f => f.Status is FindingStatus.Supported or FindingStatus.Flagged);

    public int Count(FindingStatus status) => Findings.Count(f => f.Status == status);
}
