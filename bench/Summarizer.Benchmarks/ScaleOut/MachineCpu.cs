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

    /// <summary>Milliseconds of CPU (user + system) per process name, plus <see cref="Self"/> and <see cref="ReapedChildren"/>.</summary>
    public static Dictionary<string, double> Snapshot()
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
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
                totals[Self] = own;
                totals[ReapedChildren] = (Parse(fields[13]) + Parse(fields[14])) * tick;
            }
            else totals[name] = totals.GetValueOrDefault(name) + own;
        }
        return totals;
    }

    /// <summary>CPU per name between two snapshots, largest first, without names that used none.</summary>
    public static IEnumerable<(string Name, double Milliseconds)> Between(Dictionary<string, double> before, Dictionary<string, double> after) =>
        after.Select(a => (a.Key, a.Value - before.GetValueOrDefault(a.Key)))
            .Where(d => d.Item2 > 0)
            .OrderByDescending(d => d.Item2);

    private static long Parse(string field) => long.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>/proc counts CPU in USER_HZ ticks, which Linux fixes at 100 per second for user space.</summary>
    private const double UserHz = 100;
}
