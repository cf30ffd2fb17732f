using System.CommandLine;
using System.CommandLine.Help;

namespace Summarizer.Host.Cli;

/// <summary>The <c>summarizer</c> command line: one executable for batch runs, the hosted service, verification and evaluation.</summary>
internal static class SummarizerCli
{
    /// <summary>The exit code of a command line that is wrong (README: "2 when the arguments are wrong").</summary>
    public const int ExitWrongArguments = 2;

    /// <summary>
    /// Parses and runs <paramref name="args"/>: the entry point. A wrong command line (<see cref="ArgumentErrors"/>)
    /// runs nothing and exits <see cref="ExitWrongArguments"/>, each error on standard error with a pointer to the help.
    /// </summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var parse = Create().Parse(args);
        if (parse.Action is HelpAction) return await parse.InvokeAsync(cancellationToken: cancellationToken);
        var errors = ArgumentErrors.Of(parse);
        // The commands handle Ctrl-C and SIGTERM themselves (the host's lifetime, RunInterrupts); System.CommandLine's own
        // handling would return 2 s after the signal, before a stopped run has written its report.
        if (errors.Count == 0) return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancellationToken);
        foreach (var error in errors) await Console.Error.WriteLineAsync($"error: {error}");
        await Console.Error.WriteLineAsync($"(see '{ArgumentErrors.CommandPath(parse.CommandResult)} --help')");
        return ExitWrongArguments;
    }

    /// <summary>The command tree; run it through <see cref="InvokeAsync"/>, which also refuses what the tree lets through.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Summarizer: structured, fact-checked summaries of news articles, offline by default.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CacheCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        // With no command but configuration arguments only (--urls=..., --Summarizer:Api:Enabled=false), the executable
        // serves, like any ASP.NET Core app: that is how containers and the hosting test tools start it. System.CommandLine
        // reads this setting of the root for every command; ArgumentErrors refuses unmatched tokens where no host takes them.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parse, cancellationToken) =>
        {
            if (ServeCommand.AreHostArguments(parse.UnmatchedTokens)) return await ServeCommand.RunAsync([.. parse.UnmatchedTokens], cancellationToken);
            return await root.Parse("--help").InvokeAsync(cancellationToken: cancellationToken);
        });
        return root;
    }
}
