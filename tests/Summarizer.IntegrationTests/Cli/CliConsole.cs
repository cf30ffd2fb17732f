using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

/// <summary>Runs the <c>summarizer</c> command line in-process and captures what it writes to standard output and error.</summary>
internal static class CliConsole
{
    /// <summary>The exit code and standard output of <paramref name="args"/> (callers sit in <see cref="ConsoleCollection"/>).</summary>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (exit, output, _) = await RunCapturingErrorsAsync(args);
        return (exit, output);
    }

    /// <summary>The exit code, standard output and standard error of <paramref name="args"/>.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunCapturingErrorsAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try { return (await SummarizerCli.InvokeAsync(args), output.ToString(), error.ToString()); }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
