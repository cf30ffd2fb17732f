using System.Globalization;
using System.Text.Json;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>What the scale-out benchmark reads back from each run's <c>run.json</c>, and the lines it prints.</summary>
internal static class ScaleOutReport
{
    /// <summary>Where the machine's CPU went during the run ("dotnet": the workers above and any other .NET process).</summary>
    internal static void PrintMachineCpu(IEnumerable<(string Name, double Milliseconds)> spent, int articles)
    {
        var shares = spent.Take(8).Select(s => $"{s.Name} {s.Milliseconds / articles:0.00}");
        Console.WriteLine($"  CPU ms per article by process: {string.Join(", ", shares)}");
    }

    /// <summary>
    /// The article's time inside a worker (read to outcome, model call included), against the run's pace: with
    /// <c>concurrency</c> slots per worker busy all the time, the run could not go faster than slots ÷ median latency.
    /// </summary>
    internal static void PrintLatency(string output, int workers, int concurrency)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var latencies = run.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("milliseconds").GetDouble()).Order().ToList();
        double median = Median(latencies), p90 = latencies[(int)(latencies.Count * 0.9)];
        Console.WriteLine($"  article time in a worker: median {median:0} ms, p90 {p90:0} ms; {workers * concurrency} slots at the median: {workers * concurrency * 1000 / median:0} articles/s at most");
    }

    internal static (DateTimeOffset Start, TimeSpan Duration) RunWindow(string output)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var root = run.RootElement;
        return (root.GetProperty("startedAt").GetDateTimeOffset(),
            TimeSpan.Parse(root.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture));
    }

    internal static double RunSeconds(string output)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var root = run.RootElement;
        int failed = root.GetProperty("items").EnumerateArray().Count(i => i.TryGetProperty("error", out _));
        if (failed > 0) throw new InvalidOperationException($"{failed} articles failed in {output}");
        return TimeSpan.Parse(root.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture).TotalSeconds;
    }

    internal static void Print(List<(string Setup, int Workers, double Seconds, double Wall)> rows, int articles)
    {
        Console.WriteLine();
        Console.WriteLine("| setup (workers: PostgreSQL store, RabbitMQ queue) | run duration (median) | articles/s | vs 1 worker | command wall time (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        // Workers is negative for the runs with the worker runtime setting; each series is compared with its own 1 worker.
        foreach (var group in rows.GroupBy(r => r.Setup))
        {
            double seconds = Median(group.Select(r => r.Seconds)), wall = Median(group.Select(r => r.Wall));
            int workers = group.First().Workers;
            var oneWorker = rows.Where(r => r.Workers == Math.Sign(workers)).Select(r => r.Seconds).ToList();
            string ratio = workers == 0 || oneWorker.Count == 0 ? "" : $"{Median(oneWorker) / seconds:0.00}×";
            Console.WriteLine($"| {group.Key} | {seconds:0.00} s | {articles / seconds:0.0} | {ratio} | {wall:0.00} s |");
        }
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
