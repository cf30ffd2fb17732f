using Summarizer.Telemetry;

namespace Summarizer.Distributed;

/// <summary>
/// Articles sent by this process's running coordinators that have no outcome yet: the queue's depth as the coordinator
/// sees it (messages waiting plus those being worked on), exported as a gauge.
/// </summary>
public sealed class QueueDepth
{
    private long _outstanding;

    /// <summary>The current total over every run this process coordinates.</summary>
    public long Outstanding => Interlocked.Read(ref _outstanding);

    /// <summary>Starts tracking a run with <paramref name="initial"/> outstanding articles; dispose to stop.</summary>
    public Tracker Track(int initial) => new(this, initial);

    /// <summary>One run's share of the depth.</summary>
    public sealed class Tracker : IDisposable
    {
        private readonly QueueDepth _depth;
        private long _current;

        internal Tracker(QueueDepth depth, int initial)
        {
            _depth = depth;
            Set(initial);
        }

        public void Set(long outstanding)
        {
            long previous = Interlocked.Exchange(ref _current, outstanding);
            Interlocked.Add(ref _depth._outstanding, outstanding - previous);
            SummarizerTelemetry.QueueDepthChanged(outstanding - previous);
        }

        public void Dispose() => Set(0);
    }
}
