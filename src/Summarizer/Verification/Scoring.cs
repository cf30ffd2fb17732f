using Summarizer.Summaries;
namespace Summarizer.Verification;

/// <summary>
/// Turns findings into a score: supported / (supported + unsupported + 2 × contradicted). A contradiction weighs
/// double because it puts a false statement in front of a reader, where an unsupported claim is only unchecked.
/// </summary>
public static class Scoring
{
    public const double ContradictionWeight = 2;

    public static double Score(IReadOnlyList<Finding> findings)
    {
        double supported = 0, weight = 0;
        foreach (var f in findings)
        {
            switch (f.Status)
            {
                case FindingStatus.Supported: supported++; weight++; break;
                case FindingStatus.Unsupported: weight++; break;
                case FindingStatus.Contradicted: weight += ContradictionWeight; break;
            }
        }
        return weight == 0 ? 0 : supported / weight;
    }
}
