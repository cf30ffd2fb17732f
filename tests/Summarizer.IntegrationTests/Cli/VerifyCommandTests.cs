using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

[Collection(nameof(ConsoleCollection))]
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-verify-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static Task<int> Cli(params string[] args) => SummarizerCli.InvokeAsync(args);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_work, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Article() => Write("article.txt",
        "Council approves school budget\nThe city council approved a budget of 12 million dollars for schools on Monday, Mayor Jane Smith said.\n" +
        "\"This is the largest investment in a decade,\" Smith said.\nAt least 300 teachers will be hired.");

    [Fact]
    public async Task Exits_zero_for_a_faithful_summary_and_three_for_an_invented_figure()
    {
        string article = Article();
        Assert.Equal(0, await Cli("verify", article, Write("good.txt", "Mayor Jane Smith said the council approved 12 million dollars for schools.")));
        Assert.Equal(VerifyCommand.ExitFindings, await Cli("verify", article, Write("bad.txt", "The council approved 45 million dollars for schools.")));
    }

    [Fact]
    public async Task A_finding_shows_what_is_wrong_beside_its_evidence()
    {
        string summary = Write("quote.txt", "Teacher Tom Hale said: \"This is the largest investment in a decade.\"");
        var (exit, output) = await CliConsole.RunAsync("verify", Article(), summary);
        Assert.Equal(VerifyCommand.ExitFindings, exit);
        string flat = string.Join(' ', output.Split('\n').Select(line => line.Trim('│', ' ', '\r')));
        Assert.Contains("attributes this to Jane Smith", flat);
        Assert.Contains("largest investment", flat);
    }

    [Fact]
    public async Task Verifies_the_pipelines_own_json_output()
    {
        string output = Path.Combine(_work, "out");
        Assert.Equal(0, await Cli("run", Article(), "--out", output));
        string summary = Directory.GetFiles(output, "*.json").Single(f => Path.GetFileName(f) != "run.json");
        Assert.Equal(0, await Cli("verify", Article(), summary));
    }

    [Fact]
    public async Task Exits_two_when_a_file_is_missing_or_unreadable()
    {
        Assert.Equal(2, await Cli("verify", Path.Combine(_work, "none.txt"), Article()));
        Assert.Equal(2, await Cli("verify", Write("empty.txt", ""), Article()));
    }
}
