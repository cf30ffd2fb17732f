namespace Summarizer.Distributed;

/// <summary>The work queue of distributed batches, bound from <c>Summarizer:Queue</c>.</summary>
public sealed class QueueOptions
{
    public const string Section = "Summarizer:Queue";

    public QueueProvider Provider { get; set; } = QueueProvider.InProcess;

    /// <summary>The broker, as an AMQP URI with its credentials (<c>amqp://user:password@host:5672/vhost</c>).</summary>
    public string Host { get; set; } = "amqp://guest:guest@localhost:5672/";

    /// <summary>The queue articles are sent to; failed ones end in <c>&lt;name&gt;_error</c>, the dead-letter queue.</summary>
    public string QueueName { get; set; } = "summarizer-articles";

    /// <summary>Articles one worker processes at once.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>
    /// Articles the broker hands one worker ahead of acknowledgement; at least <see cref="Concurrency"/>. Unset: the
    /// concurrency, so a worker never holds more than it works on. A few more let a finished article's slot start the
    /// next at once, without waiting for the broker, at the price of a slightly less even share at the end of a batch.
    /// </summary>
    public int? Prefetch { get; set; }

    /// <summary>The prefetch in effect.</summary>
    public int EffectivePrefetch => Prefetch ?? Concurrency;

    /// <summary>Attempts after the first before an article is dead-lettered with its reason.</summary>
    public int RetryLimit { get; set; } = 2;

    /// <summary>Wait between those attempts.</summary>
    public int RetryIntervalMilliseconds { get; set; } = 500;

    /// <summary>How often the coordinator looks at the store for finished articles.</summary>
    public int PollIntervalMilliseconds { get; set; } = 250;

    /// <summary>The name of the dead-letter queue of <see cref="QueueName"/>.</summary>
    public string DeadLetterQueue => QueueName + "_error";
}
