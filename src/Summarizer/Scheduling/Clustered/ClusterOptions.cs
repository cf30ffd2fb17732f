namespace Summarizer.Scheduling.Clustered;

/// <summary>
/// The clustered nightly schedule, bound from <c>Summarizer:Schedule:Cluster</c>: Quartz's ADO job store in the
/// PostgreSQL store (<c>Summarizer:Store</c>), so that of N <c>serve</c> replicas exactly one fires each run.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Summarizer:Schedule:Cluster";

    public bool Enabled { get; set; }

    /// <summary>How often each replica tells the others it is alive; a silent one's runs are recovered by another.</summary>
    public int CheckinIntervalSeconds { get; set; } = 7;

    /// <summary>How late a fire may be before it counts as missed (and, with catch-up on, is run once at start).</summary>
    public int MisfireThresholdSeconds { get; set; } = 5;
}
