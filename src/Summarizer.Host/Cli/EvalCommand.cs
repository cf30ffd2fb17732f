using System.CommandLine;

namespace Summarizer.Host.Cli;

/// <summary><c>summarizer eval ...</c>: the numbers, each computed beside a baseline in the same run.</summary>
internal static class EvalCommand
{
    /// <summary>Where the shared benchmark data lives relative to a checkout (see ../shared/eval-data/README.md).</summary>
    public const string DefaultEvalData = "../shared/eval-data";

    public static Command Create()
    {
        var command = new Command("eval", "Measure quality against public benchmarks");
        command.Subcommands.Add(EvalRougeCommand.Create());
        command.Subcommands.Add(EvalConsistencyCommand.Create());
        command.Subcommands.Add(EvalStoriesCommand.Create());
        return command;
    }
}
