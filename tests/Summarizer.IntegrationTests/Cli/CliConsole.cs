using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

/// <summary>Runs the <c>summarizer</c> command line in-process and captures what it writes to standard output.</summary>
internal static class CliConsole
{
    /// <summary>The exit code and standard output of <paramref name="args"/> (callers sit in <see cref="ConsoleCollection"/>).</summary>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { return (await SummarizerCli.Create().Parse(args).InvokeAsync(), output.ToString()); }
        finally { Console.SetOut(original); }
    }
}
