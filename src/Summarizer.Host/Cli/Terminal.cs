using Spectre.Console;

namespace Summarizer.Host.Cli;

/// <summary>A Spectre console over the current <see cref="Console.Out"/>, wide enough for tables when output is redirected to a file or CI log.</summary>
internal static class Terminal
{
    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected || console.Profile.Width < 160) console.Profile.Width = Math.Max(console.Profile.Width, 160);
        return console;
    }
}
