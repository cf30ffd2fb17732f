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
        return root;
    }
}
