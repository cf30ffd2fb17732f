using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

/// <summary>A wrong command line runs nothing, names what is wrong and exits 2, whichever command it is for.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ArgumentErrorsTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-args-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Out => Path.Combine(_work, "out");

    /// <summary>Each case: the arguments ({seeds} and {out} filled in) and the words the error must hold.</summary>
    public static TheoryData<string, string> WrongCommandLines => new()
    {
        { "run", "Required argument missing for command: 'run'" },
        { "run {seeds} --out", "Required argument missing for option: '--out'" },
        { "run {seeds} --bogus --out {out}", "unknown option '--bogus' for 'summarizer run'" },
        { "run {seeds} --out --bogus", "unknown option '--bogus' for 'summarizer run' ('--out' needs a value)" },
        { "run -x {seeds} --out {out}", "unknown option '-x' for 'summarizer run'" },
        { "verify --bogus {seeds} {seeds}", "unknown option '--bogus' for 'summarizer verify'" },
        { "verify {seeds} {seeds} extra", "unexpected argument 'extra' for 'summarizer verify'" },
        { "cache stats --bogus", "unknown option '--bogus' for 'summarizer cache stats'" },
        { "cache clear --stage", "Required argument missing for option: '--stage'" },
        { "eval rouge --bogus", "unknown option '--bogus' for 'summarizer eval rouge'" },
        { "eval", "Required command was not provided" },
        { "serve --bogus", "unknown option '--bogus' for 'summarizer serve'" },
        { "serve extra", "unexpected argument 'extra' for 'summarizer serve'" },
        { "worker --bogus", "unknown option '--bogus' for 'summarizer worker'" },
        { "--bogus", "unknown option '--bogus' for 'summarizer'" },
        { "bogus", "unrecognised command or argument 'bogus'" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task A_wrong_command_line_exits_two_naming_the_error_and_runs_nothing(string commandLine, string expected)
    {
        string[] args = commandLine.Replace("{seeds}", SeedArticles.Folder).Replace("{out}", Out).Split(' ');

        var (exit, output, error) = await CliConsole.RunCapturingErrorsAsync(args);

        Assert.Equal(SummarizerCli.ExitWrongArguments, exit);
        Assert.Contains($"error: {expected}", error);
        Assert.Contains("--help", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Out), "nothing may run on a wrong command line");
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "--bogus")));
    }

    [Fact]
    public async Task After_a_double_dash_a_token_is_an_input_whatever_it_looks_like()
    {
        var (exit, _, error) = await CliConsole.RunCapturingErrorsAsync("run", "--out", Out, "--", "--not-an-option");

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder: --not-an-option", error);
        Assert.DoesNotContain("unknown option", error);
    }

    [Fact]
    public async Task Help_is_shown_and_exits_zero()
    {
        var (exit, output, error) = await CliConsole.RunCapturingErrorsAsync("run", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--out", output);
        Assert.Equal("", error);
    }
}
