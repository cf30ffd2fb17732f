using System.CommandLine;

namespace Summarizer.Host.Cli;

/// <summary>The <c>summarizer</c> command line: one executable for batch runs, the hosted service, verification and evaluation.</summary>
internal static class SummarizerCli
{
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
        // serves, like any ASP.NET Core app: that is how containers and the hosting test tools start it.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parse, cancellationToken) =>
        {
            if (ServeCommand.AreHostArguments(parse.UnmatchedTokens)) return await ServeCommand.RunAsync([.. parse.UnmatchedTokens], cancellationToken);
            if (parse.UnmatchedTokens.Count > 0)
            {
                await Console.Error.WriteLineAsync($"error: unrecognised command or argument '{parse.UnmatchedTokens[0]}' (see --help)");
                return 2;
            }
            return await root.Parse("--help").InvokeAsync(cancellationToken: cancellationToken);
        });
        return root;
    }
}
