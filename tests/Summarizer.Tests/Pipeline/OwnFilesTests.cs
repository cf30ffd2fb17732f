using Summarizer.Pipeline;
using Summarizer.Tests.Caching;

namespace Summarizer.Tests.Pipeline;

/// <summary>
/// A folder given as input may hold the service's own files: a run's output folder (this run's, or any holding a run
/// manifest), the stage cache, the nightly run's folders. Its expansion leaves them out and says so; a file named on its
/// own is read whatever it is.
/// </summary>
public sealed class OwnFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string relative, string text = "x")
    {
        string path = _folder.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string[] Names(BatchInputs inputs) =>
        inputs.Files.Select(f => Path.GetRelativePath(_folder.Path, f.Path).Replace(Path.DirectorySeparatorChar, '/')).ToArray();

    // What a run leaves in its output folder.
    private void WriteRunOutput(string folder)
    {
        foreach (var name in new[] { "report.md", "run.json", "0123456789abcdef.json", "stories/story-0123456789abcdef.json" })
            Write(Path.Combine(folder, name));
        Write(Path.Combine(folder, RunManifest.FileName), "report.md\nrun.json\n");
    }

    [Fact]
    public void The_runs_output_folder_the_cache_and_the_nightly_folders_are_left_out_of_an_input_folder()
    {
        Write("a.txt");
        Write("b.json");
        WriteRunOutput("out");
        Write("cache/summarizer.db");
        Write("cache/summarizer.db-wal");
        Write("cache/notes.txt");
        Write("nightly/state.json");
        Write("inbox/quarantine/bad.txt.reason.txt");
        Write("inbox/story.txt");
        var own = OwnFiles.OfRun(_folder.File("out"))
            .Database(_folder.File("cache/summarizer.db"), "the stage cache")
            .Folder(_folder.File("nightly"), "the nightly run's output folder")
            .Folder(_folder.File("inbox/quarantine"), "the nightly inbox's quarantine");

        var inputs = BatchInputs.FromPaths([_folder.Path], own);

        Assert.Equal(["a.txt", "b.json", "cache/notes.txt", "inbox/story.txt"], Names(inputs));
        Assert.Equal(
            [
                (Path.Combine(_folder.Path, "cache/summarizer.db"), 2),
                (Path.Combine(_folder.Path, "inbox/quarantine"), 1),
                (Path.Combine(_folder.Path, "nightly"), 1),
                (Path.Combine(_folder.Path, "out"), 4),
            ],
            inputs.Skipped.Select(s => (s.Path, s.Files)).Order());
        Assert.All(inputs.Skipped, s => Assert.True(s.Whole));
        Assert.Contains(inputs.Skipped, s => s.Line == $"skipped: {Path.Combine(_folder.Path, "out")}: this run's output folder (--out), 4 files not read as articles");
    }

    [Fact]
    public void A_folder_holding_a_run_manifest_is_an_earlier_runs_output_and_is_left_out()
    {
        Write("articles/a.txt");
        WriteRunOutput("articles/last-week");

        var inputs = BatchInputs.FromPaths([_folder.File("articles")], OwnFiles.OfRun(_folder.File("elsewhere")));

        Assert.Equal(["articles/a.txt"], Names(inputs));
        var skipped = Assert.Single(inputs.Skipped);
        Assert.Equal(OwnFiles.EarlierRunOutput, skipped.What);
        Assert.Equal(Path.Combine(_folder.File("articles"), "last-week"), skipped.Path);
    }

    [Fact]
    public void A_run_into_its_own_input_folder_leaves_out_only_the_names_a_run_writes()
    {
        Write("a.txt");
        Write("notes.md");
        Write("mine.json");
        WriteRunOutput("");

        var inputs = BatchInputs.FromPaths([_folder.Path], OwnFiles.OfRun(_folder.Path));

        Assert.Equal(["a.txt", "mine.json", "notes.md"], Names(inputs));
        var skipped = Assert.Single(inputs.Skipped);
        Assert.False(skipped.Whole);
        Assert.Equal(4, skipped.Files);
        Assert.StartsWith($"skipped: 4 files in {_folder.Path}: the outputs a run wrote there", skipped.Line);
    }

    [Fact]
    public void Files_named_on_their_own_are_read_whatever_they_are()
    {
        WriteRunOutput("out");
        Write("cache/summarizer.db");
        string report = _folder.File("out/report.md"), run = _folder.File("out/run.json"), cache = _folder.File("cache/summarizer.db");

        var inputs = BatchInputs.FromPaths([report, run, cache], OwnFiles.OfRun(_folder.File("out")).Database(cache, "the stage cache"));

        Assert.Equal(["out/report.md", "out/run.json", "cache/summarizer.db"], Names(inputs));
        Assert.Empty(inputs.Skipped);
    }

    [Fact]
    public void Without_own_files_an_input_folder_is_read_whole_but_for_run_outputs_found_in_it()
    {
        Write("a.txt");
        Write("sub/b.txt");
        Write(".hidden.txt");

        var inputs = BatchInputs.FromPaths([_folder.Path, _folder.File("missing")]);

        Assert.Equal(["a.txt", "sub/b.txt"], Names(inputs));
        Assert.Equal([_folder.File("missing")], inputs.Missing);
        Assert.Empty(inputs.Skipped);
    }

    [Fact]
    public void Where_the_file_system_ignores_case_the_own_folders_and_the_cache_are_left_out_whatever_case_names_them()
    {
        // The file system spells them "Out" and "Cache/Summarizer.DB"; the settings say "out" and "cache/summarizer.db".
        Write("a.txt");
        Write("Out/report.md");
        Write("Out/0123456789abcdef.json");
        Write("Cache/Summarizer.DB");
        Write("Cache/Summarizer.DB-wal");
        Write("Inbox/Quarantine/bad.txt");
        OwnFiles Own(bool ignoreCase) => new OwnFiles(ignoreCase).Folder(_folder.File("out"), "this run's output folder (--out)")
            .Database(_folder.File("cache/summarizer.db"), "the stage cache").Folder(_folder.File("inbox/quarantine"), "the nightly inbox's quarantine");

        var insensitive = BatchInputs.FromPaths([_folder.Path], Own(ignoreCase: true));
        var sensitive = BatchInputs.FromPaths([_folder.Path], Own(ignoreCase: false));

        Assert.Equal(["a.txt"], Names(insensitive));
        Assert.Equal(
            [(Path.Combine(_folder.Path, "Cache", "Summarizer.DB"), 2), (Path.Combine(_folder.Path, "Inbox", "Quarantine"), 1), (Path.Combine(_folder.Path, "Out"), 2)],
            insensitive.Skipped.Select(s => (s.Path, s.Files)).Order());
        // Where case matters, "Out" is another folder than "out": the user's own, read.
        Assert.Equal(6, sensitive.Files.Count);
        Assert.Empty(sensitive.Skipped);
    }

    [Fact]
    public void Where_the_file_system_ignores_case_a_run_into_its_input_folder_named_in_another_case_still_leaves_out_its_outputs()
    {
        Write("desk/notes.txt");
        Write("desk/report.md");
        Write("desk/run.json");
        string otherCase = Path.Combine(_folder.Path, "DESK");

        var inputs = BatchInputs.FromPaths([_folder.File("desk")], new OwnFiles(ignoreCase: true).Folder(otherCase, "this run's output folder (--out)"));

        Assert.Equal(["desk/notes.txt"], Names(inputs));
        var skipped = Assert.Single(inputs.Skipped);
        Assert.Equal((false, 2), (skipped.Whole, skipped.Files));
    }
}
