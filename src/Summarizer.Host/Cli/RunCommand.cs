using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Pipeline;
using Summarizer.Scheduling;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer run &lt;folder-or-files&gt;... --out &lt;folder&gt;</c>: one batch now, the same code the nightly run uses.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders (.txt, .md, .html, .json, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder for <id>.json, report.md and run.json", DefaultValueFactory = _ => "out" };
        var distributed = new Option<bool>("--distributed") { Description = "Send the articles to the work queue (Summarizer:Queue) for `summarizer worker` processes" };
        var command = new Command("run", "Summarise and verify a batch of articles") { inputs, output, distributed };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(distributed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string output, bool distributed, CancellationToken cancellationToken)
    {
        var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count == inputs.Length)
        {
            await Console.Error.WriteLineAsync($"error: no such file or folder: {string.Join(", ", missing)}");
            return 2;
        }
        using var interrupts = new RunInterrupts();
        using var host = await AppHost.StartAsync(cancellationToken, distributed ? DistributedRun.AddCoordinator : null);
        if (host is null) return 2;
        var runner = host.Services.GetRequiredService<IBatchRunner>();
        // An input folder may hold the service's own files (this run's --out, an earlier run's output, the cache, the
        // nightly run's folders): they are not articles, and each left out gets a line.
        var batch = BatchInputs.FromPaths(inputs, ServiceFiles.Of(host.Services.GetRequiredService<IConfiguration>(), runOutput: output));
        foreach (var skipped in batch.Skipped) Console.WriteLine(skipped.Line);
        // Ctrl-C and SIGTERM reach the run through the host's lifetime (its console lifetime stops the application)
        // and through our own handlers, which also let a second Ctrl-C quit at once.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, interrupts.Token, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        RunReport report;
        try
        {
            report = await RunConsole.WithProgressAsync(progress => runner.RunAsync(batch, output, progress, stop.Token));
        }
        finally
        {
            // The host is stopped, not only disposed: a distributed run's bus (and, on the in-process queue, its consumers
            // of articles a stopped run no longer awaits) ends before the services it uses are disposed.
            await host.StopAsync(CancellationToken.None);
        }
        RunConsole.PrintSummary(report, output);
        return ExitCodeOf(report, interrupts);
    }

    /// <summary>130 (143 after SIGTERM) for a cancelled run, else 0 when at least one article was summarised, else 1.</summary>
    internal static int ExitCodeOf(RunReport report, RunInterrupts interrupts) =>
        report.Cancelled ? interrupts.ExitCode : report.Succeeded > 0 ? 0 : 1;
}
