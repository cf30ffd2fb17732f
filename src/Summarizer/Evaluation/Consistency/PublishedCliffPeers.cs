namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Published balanced accuracy on CLIFF test with a threshold per dataset, from the AggreFact results table
/// (Tang et al., "Understanding Factual Errors in Summarization", ACL 2023), as quoted in ../shared/eval-data/README.md.
/// The labels file holds no peer scores, so these are printed for comparison, never recomputed.
/// </summary>
public static class PublishedCliffPeers
{
    public static readonly IReadOnlyList<(string Metric, string Origin, double Test)> Figures =
    [
        ("DAE", "cnndm", 0.730), ("DAE", "xsum", 0.754),
        ("QuestEval", "cnndm", 0.740), ("QuestEval", "xsum", 0.619),
        ("SummaC-Conv", "cnndm", 0.649), ("SummaC-Conv", "xsum", 0.666),
    ];
}
