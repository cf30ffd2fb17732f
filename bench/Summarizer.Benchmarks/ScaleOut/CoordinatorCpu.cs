using Summarizer.Testing;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>
/// The coordinator's CPU time sampled every 50 ms while it runs, so the share spent inside the measured run (sending,
/// polling for outcomes, writing summaries) can be told from its start-up and the story comparison after it.
/// </summary>
internal sealed class CoordinatorCpu
{
    private readonly List<(DateTimeOffset At, double Milliseconds)> _samples = [];

    /// <summary>Samples until the process exits.</summary>
    public static async Task<CoordinatorCpu> Sample(HostProcess process)
    {
        var samples = new CoordinatorCpu();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do samples._samples.Add((DateTimeOffset.UtcNow, process.CpuTime.TotalMilliseconds));
            while (await timer.WaitForNextTickAsync() && !process.HasExited);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the read: its CPU time can no longer be read.
        }
        return samples;
    }

    /// <summary>CPU milliseconds between two instants, from the nearest samples (to within 50 ms).</summary>
    public double Between(DateTimeOffset from, DateTimeOffset to) => At(to) - At(from);

    private double At(DateTimeOffset instant) =>
        _samples.Count == 0 ? 0 : _samples.MinBy(s => Math.Abs((s.At - instant).Ticks)).Milliseconds;
}
