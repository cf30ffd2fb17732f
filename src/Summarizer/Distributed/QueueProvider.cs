namespace Summarizer.Distributed;

/// <summary>What carries the articles of a distributed batch to the workers.</summary>
public enum QueueProvider
{
    /// <summary>MassTransit's in-memory transport: the coordinator's own process consumes; no server needed.</summary>
    InProcess,

    /// <summary>A RabbitMQ broker (<c>Summarizer:Queue:Host</c>): any number of <c>summarizer worker</c> processes consume.</summary>
    RabbitMQ,
}
