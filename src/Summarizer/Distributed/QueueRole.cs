namespace Summarizer.Distributed;

/// <summary>What a process does with the work queue.</summary>
public enum QueueRole
{
    /// <summary>Sends a batch's articles and waits for their outcomes (<c>run --distributed</c>, the nightly run).</summary>
    Coordinator,

    /// <summary>Consumes articles (<c>summarizer worker</c>).</summary>
    Worker,
}
