using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.Comparisons.Clustering;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Testing;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline;

/// <summary>Two runs into one output folder: it ends describing the second alone, and no file the program did not write goes.</summary>
public sealed class RunManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _output;
    private readonly ServiceProvider _services;

    public RunManifestTests()
    {
        _output = Directory.CreateDirectory(_folder.File("out")).FullName;
        _services = PipelineServices.Build(new Dictionary<string, string?>(), standIns: services =>
        {
            services.AddSingleton<ISummaryEngine>(new CountingEngine());
            services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
        });
    }

    [Fact]
    public async Task A_second_run_removes_the_first_runs_files_it_did_not_write_again_and_keeps_every_other_file()
    {
        string[] mine = ["notes.txt", "mine.json", Path.Combine("sub", "kept.json"), Path.Combine(RunOutput.StoriesFolder, "mine.md")];
        foreach (var file in mine) Write(file);
        var first = await RunAsync("a", 0, 1);
        var second = await RunAsync("b", 1, 2);

        var firstIds = Summaries(first);
        var secondIds = Summaries(second);
        Assert.Single(firstIds.Except(secondIds));
        Assert.Equal(secondIds.Order(), SummaryFilesInOutput(exclude: mine).Order());
        Assert.All(mine, f => Assert.True(File.Exists(Path.Combine(_output, f)), f));
        var stories = Directory.GetFiles(Path.Combine(_output, RunOutput.StoriesFolder), "*.json").Select(f => $"{RunOutput.StoriesFolder}/{Path.GetFileName(f)}");
        var listed = await RunManifest.ReadAsync(_output, default);
        Assert.Equal(secondIds.Concat(stories).Append(RunOutput.ReportFile).Append(RunOutput.RunFile).Order(), listed.Order());
    }

    [Fact]
    public async Task A_manifest_naming_files_a_run_does_not_write_deletes_none_of_them()
    {
        string outside = _folder.File("outside.json");
        File.WriteAllText(outside, "{}");
        string[] others = ["notes.txt", ".hidden.json", Path.Combine("sub", "x.json")];
        foreach (var file in others) Write(file);
        File.WriteAllText(Path.Combine(_output, RunManifest.FileName),
            string.Join("\n", ["../outside.json", "notes.txt", ".hidden.json", "sub/x.json", "stories/../../outside.json", outside, "sub\\x.json"]));

        await RunAsync("a", 0);

        Assert.True(File.Exists(outside));
        Assert.All(others, f => Assert.True(File.Exists(Path.Combine(_output, f)), f));
    }

    [Fact]
    public async Task A_run_with_a_failed_article_removes_nothing_and_lists_both_runs_files()
    {
        var first = await RunAsync("a", 0, 1);
        string inbox = Directory.CreateDirectory(_folder.File("b")).FullName;
        File.Copy(Repo.SeedFiles.ToList()[1], Path.Combine(inbox, "one.txt"));
        File.WriteAllText(Path.Combine(inbox, "empty.txt"), "");   // fails: an empty article
        var second = await _services.GetRequiredService<IBatchRunner>().RunAsync([inbox], _output, null, default);

        Assert.Equal(1, second.Failed);
        var listed = await RunManifest.ReadAsync(_output, default);
        Assert.All(Summaries(first), f => Assert.True(File.Exists(Path.Combine(_output, f)) && listed.Contains(f), f));
    }

    [Fact]
    public void An_earlier_runs_stories_go_and_the_stories_folder_with_them_when_nothing_else_is_in_it()
    {
        string s1 = StoryFile("a"), s2 = StoryFile("b"), s3 = StoryFile("c");
        Write(s1);
        Write(s2);

        Assert.Empty(RunManifest.RemoveStale(_output, [s1, s2]));
        Assert.False(Directory.Exists(Path.Combine(_output, RunOutput.StoriesFolder)));

        Write(s3);
        Write("stories/readme.txt");
        RunManifest.RemoveStale(_output, [s3]);
        Assert.False(File.Exists(Path.Combine(_output, s3)));
        Assert.True(File.Exists(Path.Combine(_output, "stories", "readme.txt")));
    }

    [Fact]
    public async Task A_manifest_naming_json_files_a_run_does_not_name_so_removes_none_and_warns_of_them()
    {
        string summary = ArticleFactory.ContentId("an article") + ".json";
        string[] unknown = ["config.json", "feed.json", "stories/notes.json", summary.ToUpperInvariant(), "0123.json"];
        foreach (var file in unknown.Append(summary)) Write(file);
        File.WriteAllText(Path.Combine(_output, RunManifest.FileName), string.Join("\n", unknown.Append(summary)));
        using var logs = new CapturingLoggerProvider();

        var listed = await RunManifest.ReadAsync(_output, logs.CreateLogger("manifest"), default);
        var kept = RunManifest.RemoveStale(_output, unknown.Append(summary));

        Assert.Equal([summary], listed);
        Assert.Empty(kept);
        Assert.False(File.Exists(Path.Combine(_output, summary)));
        Assert.All(unknown, f => Assert.True(File.Exists(Path.Combine(_output, f)), f));
        string warning = Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.All(unknown, f => Assert.Contains(f, warning));
    }

    [Fact]
    public void A_stories_folder_that_links_out_of_the_output_folder_is_not_followed()
    {
        string elsewhere = Directory.CreateDirectory(_folder.File("elsewhere")).FullName;
        string story = StoryFile("a");
        File.WriteAllText(Path.Combine(elsewhere, Path.GetFileName(story)), "someone else's");
        Directory.CreateSymbolicLink(Path.Combine(_output, RunOutput.StoriesFolder), elsewhere);

        RunManifest.RemoveStale(_output, [story]);

        Assert.True(File.Exists(Path.Combine(elsewhere, Path.GetFileName(story))));
    }

    [Fact]
    public void The_names_the_run_writes_are_those_its_id_makers_give()
    {
        Assert.True(RunOutputNames.IsRunOutput(ArticleFactory.ContentId("an article") + ".json"));
        Assert.True(RunOutputNames.IsRunOutput(StoryFile("a")));
        Assert.True(RunOutputNames.IsRunOutput(RunOutput.ReportFile));
        Assert.True(RunOutputNames.IsRunOutput(RunOutput.RunFile));
        Assert.False(RunOutputNames.IsRunOutput("settings.json"));
        Assert.False(RunOutputNames.IsRunOutput("stories/" + ArticleFactory.ContentId("an article") + ".json"));
    }

    private static string StoryFile(string seed) => $"{RunOutput.StoriesFolder}/{Story.IdFor([seed])}.json";

    private async Task<RunReport> RunAsync(string name, params int[] seeds)
    {
        string inbox = Directory.CreateDirectory(_folder.File(name)).FullName;
        var files = Repo.SeedFiles.ToList();
        foreach (int seed in seeds) File.Copy(files[seed], Path.Combine(inbox, Path.GetFileName(files[seed])));
        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([inbox], _output, null, default);
        Assert.Equal(seeds.Length, report.Succeeded);
        return report;
    }

    private static List<string> Summaries(RunReport report) => report.Items.Select(i => i.OutputFile!).ToList();

    private List<string> SummaryFilesInOutput(string[] exclude) =>
        Directory.GetFiles(_output, "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(f => f != RunOutput.RunFile && !exclude.Contains(f)).ToList();

    private void Write(string relative)
    {
        string path = Path.Combine(_output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not the program's");
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
