using System.Diagnostics;
using System.Globalization;
using Summarizer.Testing;

namespace Summarizer.Benchmarks.ScaleOut;

/// <summary>
/// Throughput of a distributed batch with 1, 2 and 3 worker processes in one run, against the single-process batch:
/// <c>--articles</c> distinct articles (default 1,000), the fake model answering after <c>--delay-ms</c> (200),
/// <c>--concurrency</c> articles and model calls at once per worker (16). Throughput is articles over the
/// coordinator's run duration (read, send, every outcome stored: run.json's duration, before the story comparison);
/// the wall time of the whole command is shown beside it. Each worker is first warmed up by 100 other articles of its
/// own (workers are long-lived processes); the single-process run is measured cold, as it runs. Then the store's cost
/// per article, SQLite against PostgreSQL.
/// </summary>
public static class ScaleOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int articles = Option(args, "--articles", 1000), delayMs = Option(args, "--delay-ms", 200);
        int concurrency = Option(args, "--concurrency", 16), repeats = Option(args, "--repeats", 1);
        // The second series runs the workers with these runtime settings (NAME=VALUE, several separated by ';').
        string tuning = TextOption(args, "--worker-runtime", "DOTNET_TieredCompilation=0");
        // --coordinator-runtime: settings for the measured coordinator alone (e.g. an EventPipe trace of it).
        string coordinatorTuning = TextOption(args, "--coordinator-runtime", "");
        // --tuned-only: the workers with the runtime settings alone (a quicker comparison of settings).
        bool tunedOnly = args.Contains("--tuned-only");
        // --workers 1,3: which worker counts to run (a quicker comparison); --no-single: skip the single-process run.
        int[] workerCounts = [.. TextOption(args, "--workers", "1,2,3").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
        bool single = !args.Contains("--no-single");
        await using var model = await FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(delayMs));
        string folder = Directory.CreateTempSubdirectory("summarizer-scaleout-").FullName;
        string inbox = Path.Combine(folder, "inbox");
        SeedArticles.WriteVariants(inbox, articles);
        // Warm-up articles come after the measured ones, so none is a cache hit for the measured run; each worker count
        // gets its own batch, WarmUpArticles per worker, since the queue shares a batch out among the workers.
        foreach (int workers in workerCounts)
            SeedArticles.WriteVariants(WarmUpFolder(folder, workers), WarmUpArticles * workers, skip: articles, prefix: "w");
        Console.WriteLine($"{articles} articles, model delay {delayMs} ms, concurrency {concurrency} per process, {repeats} repeat(s), {Environment.ProcessorCount} cores");

        var common = new Dictionary<string, string>
        {
            ["Summarizer__Llm__Provider"] = "OpenAICompatible",
            ["Summarizer__Llm__Endpoint"] = model.Endpoint,
            ["Summarizer__Llm__Model"] = "fake-model",
            ["Summarizer__Llm__PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer__Llm__MaxConcurrency"] = Invariant(concurrency),
            ["Summarizer__Pipeline__MaxConcurrency"] = Invariant(concurrency),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Summarizer.Worker"] = "Information",
        };
        var rows = new List<(string Setup, int Workers, double Seconds, double Wall)>();
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            int before = model.RequestCount;
            if (single)
            {
                rows.Add(await SingleProcessAsync(folder, inbox, common, repeat));
                Console.WriteLine($"single process: {model.RequestCount - before} model calls");
            }
            foreach (bool tiered in tunedOnly ? [false] : new[] { true, false })
                foreach (int workers in workerCounts)
                {
                    before = model.RequestCount;
                    rows.Add(await DistributedAsync(folder, inbox, common, workers, concurrency, repeat, tiered ? null : tuning, coordinatorTuning));
                    Console.WriteLine($"{rows[^1].Setup}: {model.RequestCount - before} model calls, {rows[^1].Seconds:0.00} s");
                }
        }
        ScaleOutReport.Print(rows, articles);
        await StoreCost.RunAsync(articles, concurrency);
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<(string, int, double, double)> SingleProcessAsync(string folder, string inbox, Dictionary<string, string> common, int repeat)
    {
        var env = new Dictionary<string, string>(common) { ["Summarizer__Cache__Path"] = $"single-{repeat}/cache.db" };
        string output = Path.Combine(folder, $"single-{repeat}");
        var clock = Stopwatch.StartNew();
        await using var run = HostProcess.Start(folder, env, "run", inbox, "--out", output);
        if (await run.WaitForExitAsync(TimeSpan.FromMinutes(20)) != 0) throw new InvalidOperationException(run.Output);
        return ("single process (SQLite)", 0, ScaleOutReport.RunSeconds(output), clock.Elapsed.TotalSeconds);
    }

    /// <param name="tuning">A runtime setting for the workers (<c>DOTNET_TieredCompilation=0</c>: fully optimised code
    /// from the first call, so a long-lived worker spends no CPU re-compiling hot methods while it works); null: none.</param>
    private static async Task<(string, int, double, double)> DistributedAsync(
        string folder, string inbox, Dictionary<string, string> common, int workers, int concurrency, int repeat, string? tuning,
        string coordinatorTuning)
    {
        bool tiered = tuning is null;
        var env = new Dictionary<string, string>(common)
        {
            ["Summarizer__Store__Provider"] = "Postgres",
            ["Summarizer__Store__ConnectionString"] = await TestServers.CreateDatabaseAsync(),
            ["Summarizer__Queue__Provider"] = "RabbitMQ",
            ["Summarizer__Queue__Host"] = await TestServers.RabbitMqAsync(),
            ["Summarizer__Queue__QueueName"] = "summarizer-bench-" + Guid.NewGuid().ToString("N")[..8],
            ["Summarizer__Queue__Concurrency"] = Invariant(concurrency),
            ["Summarizer__Queue__PollIntervalMilliseconds"] = "100",
        };
        var workerEnv = WithSettings(env, tuning ?? "");
        var coordinatorEnv = WithSettings(env, coordinatorTuning);
        string label = $"{workers} worker process(es){(tuning is null ? "" : ", " + tuning)}";
        var started = new List<HostProcess>();
        try
        {
            for (int i = 0; i < workers; i++) started.Add(HostProcess.Start(folder, workerEnv, "worker"));
            foreach (var worker in started) await worker.WaitForOutputAsync("Worker consuming", TimeSpan.FromMinutes(2));
            // Long-lived workers are measured warm: a small batch of other articles first pays each process's JIT.
            await using (var warmUp = HostProcess.Start(folder, env, "run", WarmUpFolder(folder, workers), "--distributed", "--out", Path.Combine(folder, $"warm-up-{workers}-{repeat}")))
                if (await warmUp.WaitForExitAsync(TimeSpan.FromMinutes(10)) != 0) throw new InvalidOperationException(warmUp.Output);
            double idleCpu = started.Sum(w => w.CpuTime.TotalMilliseconds);
            var machineBefore = MachineCpu.Snapshot();
            string output = Path.Combine(folder, $"distributed-{workers}-{repeat}");
            var clock = Stopwatch.StartNew();
            await using var run = HostProcess.Start(folder, coordinatorEnv, "run", inbox, "--distributed", "--out", output);
            var coordinatorCpu = CoordinatorCpu.Sample(run);
            if (await run.WaitForExitAsync(TimeSpan.FromMinutes(20)) != 0) throw new InvalidOperationException(run.Output);
            var (runStart, runDuration) = ScaleOutReport.RunWindow(output);
            double inRun = (await coordinatorCpu).Between(runStart, runStart + runDuration);
            double cpu = started.Sum(w => w.CpuTime.TotalMilliseconds) - idleCpu;
            int done = Directory.GetFiles(output, "*.json").Length;
            Console.WriteLine($"{label}: {cpu / done:0.0} ms of worker CPU per article (warm)");
            ScaleOutReport.PrintMachineCpu(MachineCpu.Between(machineBefore, MachineCpu.Snapshot()), done);
            ScaleOutReport.PrintLatency(output, workers, concurrency);
            Console.WriteLine($"  coordinator CPU during the measured run (sends, outcome polls, summary files): {inRun / done:0.00} ms per article");
            return (label, tiered ? workers : -workers, ScaleOutReport.RunSeconds(output), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            // Stopped as an operator would (SIGTERM): the workers finish their shutdown, so runtime traces are complete.
            await Task.WhenAll(started.Select(w => w.StopAsync(TimeSpan.FromSeconds(15))));
            foreach (var worker in started) await worker.DisposeAsync();
        }
    }

    /// <summary>Articles each worker handles before the measured run: enough for the runtime to have re-compiled the hot
    /// methods (a method is promoted after 30 calls), as in a long-lived worker.</summary>
    private const int WarmUpArticles = 100;

    private static string WarmUpFolder(string folder, int workers) => Path.Combine(folder, $"warm-up-for-{workers}");

    /// <summary>The environment plus settings given as NAME=VALUE, several separated by ';'.</summary>
    private static Dictionary<string, string> WithSettings(Dictionary<string, string> environment, string settings)
    {
        var result = new Dictionary<string, string>(environment);
        foreach (var setting in settings.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (setting.Split('=', 2) is [var name, var value]) result[name] = value;
        return result;
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.Parse(TextOption(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string TextOption(string[] args, string name, string fallback) =>
        Array.IndexOf(args, name) is >= 0 and var at && at + 1 < args.Length ? args[at + 1] : fallback;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
