using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Summarizer.Host.Cli;

namespace Summarizer.IntegrationTests.Cli;

[Collection(nameof(ConsoleCollection))]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-run-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static Task<int> Cli(params string[] args) => SummarizerCli.InvokeAsync(args);


    [Fact]
    public async Task Summarises_the_seeds_and_reports_every_bad_input_without_stopping()
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_work, "inbox")).FullName;
        foreach (var seed in Directory.GetFiles(SeedArticles.Folder))
            File.Copy(seed, Path.Combine(inbox, Path.GetFileName(seed)));
        File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inbox, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(inbox, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x75, 0x76, 0x65, 0x72, 0x74]);
        File.WriteAllText(Path.Combine(inbox, "huge.txt"), new string('x', 5 * 1024 * 1024));
        File.WriteAllText(Path.Combine(inbox, "notes.pdf"), "%PDF-1.4");
        string output = Path.Combine(_work, "out");

        int exit = await Cli("run", inbox, "--out", output);

        Assert.Equal(0, exit);
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))).RootElement;
        var items = run.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.Equal(5, items.Count(i => i.TryGetProperty("error", out _)));
        var summaries = Directory.GetFiles(output, "*.json").Where(f => Path.GetFileName(f) != "run.json").ToList();
        Assert.Equal(5, summaries.Count);
        foreach (var file in summaries)
        {
            var summary = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("headline").GetString()));
            Assert.True(summary.GetProperty("keyPoints").GetArrayLength() > 0);
            Assert.Equal("extractive", summary.GetProperty("engine").GetString());
            Assert.True(summary.TryGetProperty("verdict", out _));
        }
        string report = File.ReadAllText(Path.Combine(output, "report.md"));
        foreach (var (name, reason) in new[] { ("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("huge.txt", "MB"), ("notes.pdf", "unsupported") })
            Assert.Contains(report.Split('\n'), line => line.Contains(name) && line.Contains(reason));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_article_read_twice_is_reported_as_a_duplicate_and_makes_no_story_with_itself()
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_work, "twice")).FullName;
        string seed = Directory.GetFiles(SeedArticles.Folder).Order(StringComparer.Ordinal).First();
        File.Copy(seed, Path.Combine(inbox, "a.txt"));
        File.Copy(seed, Path.Combine(inbox, "b.txt"));
        string output = Path.Combine(_work, "out-twice");

        Assert.Equal(0, await Cli("run", inbox, "--out", output));

        var items = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.False(items[0].TryGetProperty("error", out _));
        // A duplicate is neither a success nor a failure: it names the first input and carries no error.
        Assert.False(items[1].TryGetProperty("error", out _));
        Assert.Equal(Path.Combine(inbox, "a.txt"), items[1].GetProperty("duplicateOf").GetString());
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))).RootElement;
        Assert.Equal((1, 0, 1), (run.GetProperty("succeeded").GetInt32(), run.GetProperty("failed").GetInt32(), run.GetProperty("duplicates").GetInt32()));
        Assert.False(Directory.Exists(Path.Combine(output, "stories")) && Directory.EnumerateFiles(Path.Combine(output, "stories")).Any());
    }

    // A folder of articles run twice with --out inside it: the second run reads the articles, not the first run's outputs.
    [Fact]
    public async Task A_second_run_over_a_folder_holding_its_output_reads_the_articles_alone()
    {
        string desk = Directory.CreateDirectory(Path.Combine(_work, "desk")).FullName;
        foreach (var seed in Directory.GetFiles(SeedArticles.Folder).Order(StringComparer.Ordinal).Take(2))
            File.Copy(seed, Path.Combine(desk, Path.GetFileName(seed)));
        string output = Path.Combine(desk, "out");

        var (first, _) = await CliConsole.RunAsync("run", desk, "--out", output);
        var (second, text) = await CliConsole.RunAsync("run", desk, "--out", output);

        Assert.Equal((0, 0), (first, second));
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))).RootElement;
        Assert.Equal((2, 2, 0), (run.GetProperty("items").GetArrayLength(), run.GetProperty("succeeded").GetInt32(), run.GetProperty("failed").GetInt32()));
        Assert.Contains($"skipped: {output}: this run's output folder (--out),", text);
        Assert.DoesNotContain("FAILED", text);
    }

    [Fact]
    public void The_cache_and_the_nightly_folders_configured_inside_an_input_folder_are_left_out()
    {
        string desk = Directory.CreateDirectory(Path.Combine(_work, "desk2")).FullName;
        foreach (var name in new[] { "a.txt", "cache/summarizer.db", "cache/summarizer.db-shm", "nightly/state.json", "nightly/latest-run.json", "inbox/quarantine/x.txt.reason.txt", "inbox/b.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(desk, name))!);
            File.WriteAllText(Path.Combine(desk, name), "x");
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = Path.Combine(desk, "cache", "summarizer.db"),
            ["Summarizer:Schedule:Output"] = Path.Combine(desk, "nightly"),
            ["Summarizer:Schedule:Inbox"] = Path.Combine(desk, "inbox"),
        }).Build();

        var inputs = Summarizer.Pipeline.BatchInputs.FromPaths([desk], Summarizer.Scheduling.ServiceFiles.Of(configuration, runOutput: Path.Combine(_work, "out-desk2")));

        Assert.Equal([Path.Combine(desk, "a.txt"), Path.Combine(desk, "inbox", "b.txt")], inputs.Files.Select(f => f.Path));
        Assert.Equal(
            ["skipped: " + Path.Combine(desk, "cache", "summarizer.db") + ": the stage cache (Summarizer:Cache:Path), 2 files not read as articles",
             "skipped: " + Path.Combine(desk, "inbox", "quarantine") + ": the nightly inbox's quarantine, 1 file not read as articles",
             "skipped: " + Path.Combine(desk, "nightly") + ": the nightly run's output folder (Summarizer:Schedule:Output), 2 files not read as articles"],
            inputs.Skipped.Select(s => s.Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exits_one_when_nothing_could_be_processed_and_two_on_wrong_arguments()
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_work, "bad")).FullName;
        File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
        Assert.Equal(1, await Cli("run", inbox, "--out", Path.Combine(_work, "o1")));
        Assert.Equal(2, await Cli("run", Path.Combine(_work, "does-not-exist")));
        Assert.Equal(2, await Cli("run"));
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
