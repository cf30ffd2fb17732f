using System.Globalization;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>
/// CPU time spent on this machine by process name, read from Linux's <c>/proc</c>: where a distributed run's CPU goes
/// (the database, the broker, the benchmark's own fake model server, and — through the children it has reaped — the
/// coordinator). Empty where <c>/proc</c> does not exist. Processes that exit between two snapshots lose their share.
/// </summary>
internal static class MachineCpu
{
    /// <summary>The benchmark process itself: the fake model server answering every call.</summary>
    public const string Self = "benchmark (fake model)";

    /// <summary>Processes this one has waited for: each coordinator run once it exits.</summary>
    public const string ReapedChildren = "coordinator (whole command, stories included)";

    /// <summary>
    /// Milliseconds of CPU (user + system) per process id with its name, plus <see cref="Self"/> and
    /// <see cref="ReapedChildren"/> (under id 0 and -1). Kept per process: a kernel worker renames itself after the work
    /// item it runs (<c>kworker/u8:3-writeback</c>, then <c>-events_unbound</c>), so totals kept by name would count a
    /// renamed worker's whole lifetime as if it were spent between the two snapshots.
    /// </summary>
    public static Dictionary<int, (string Name, double Milliseconds)> Snapshot()
    {
        var totals = new Dictionary<int, (string, double)>();
        if (!Directory.Exists("/proc")) return totals;
        double tick = 1000.0 / UserHz;
        int self = Environment.ProcessId;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(folder, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            int open = stat.IndexOf('('), close = stat.LastIndexOf(')');
            if (open < 0 || close < open) continue;
            string name = stat[(open + 1)..close];
            // After the name: state is field 3, so utime (14), stime (15), cutime (16), cstime (17) are at 11–14.
            var fields = stat[(close + 2)..].Split(' ');
            if (fields.Length < 15) continue;
            double own = (Parse(fields[11]) + Parse(fields[12])) * tick;
            if (pid == self)
            {
                totals[0] = (Self, own);
                totals[-1] = (ReapedChildren, (Parse(fields[13]) + Parse(fields[14])) * tick);
            }
            else totals[pid] = (GroupName(name), own);
        }
        return totals;
    }

    /// <summary>CPU per name between two snapshots, largest first, without names that used none.</summary>
    public static IEnumerable<(string Name, double Milliseconds)> Between(
        Dictionary<int, (string Name, double Milliseconds)> before, Dictionary<int, (string Name, double Milliseconds)> after) =>
        after.Select(a => (a.Value.Name, a.Value.Milliseconds - (before.TryGetValue(a.Key, out var b) ? b.Milliseconds : 0)))
            .GroupBy(d => d.Name, d => d.Item2)
            .Select(g => (g.Key, g.Sum()))
            .Where(d => d.Item2 > 0)
            .OrderByDescending(d => d.Item2);

    /// <summary>Kernel workers by their pool (<c>kworker/u8:3</c>), without the work item they happen to run.</summary>
    private static string GroupName(string name) =>
        name.StartsWith("kworker/", StringComparison.Ordinal) && name.IndexOf('-') is > 0 and var dash ? name[..dash] : name;

    private static long Parse(string field) => long.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>/proc counts CPU in USER_HZ ticks, which Linux fixes at 100 per second for user space.</summary>
    private const double UserHz = 100;
}
