using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>A file repeating, on a later night, the content of a file summarised on an earlier one.</summary>
public sealed class InboxEarlierDuplicateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CountingEngine _engine = new();
    private readonly string _inbox, _output;
    private ServiceProvider _services;

    public InboxEarlierDuplicateTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        _services = Build(remembered: 10);
    }

    private ServiceProvider Build(int remembered) => NightlyServices.Build(_inbox, _output, _engine, new Dictionary<string, string?>
    {
        ["Summarizer:Schedule:RememberedContents"] = remembered.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private Task<NightlyRunReport> NightAsync() => _services.GetRequiredService<INightlyBatch>().RunAsync(null, default);

    private string Drop(int seed, string name)
    {
        string path = Path.Combine(_inbox, name);
        File.Copy(Repo.SeedFiles.ElementAt(seed), path);
        return path;
    }

    [Fact]
    public async Task A_file_repeating_an_earlier_nights_file_is_its_duplicate_with_the_earlier_run_and_article_and_is_done()
    {
        string first = Drop(0, "story.txt");
        var night1 = await NightAsync();
        var original = Assert.Single(night1.Run.Items);
        // The original leaves the inbox; its content is still remembered.
        File.Delete(first);

        string repeat = Drop(0, "story-again.txt");
        var night2 = await NightAsync();

        var row = Assert.Single(night2.Run.Items);
        Assert.Equal((repeat, first), (row.Source, row.DuplicateOf));
        Assert.Equal(night1.Run.RunId, row.DuplicateOfRun);
        Assert.Equal(original.ArticleId, row.ArticleId);
        Assert.Null(row.Error);
        Assert.Equal((0, 1, 0), (night2.Run.Succeeded, night2.Run.Duplicates, night2.Run.Failed));
        Assert.Equal(1, _engine.Calls);
        Assert.True(File.Exists(repeat));
        using (var latest = JsonDocument.Parse(await LatestRunFile.ReadAsync(_output, default) ?? "null"))
            Assert.Equal(night1.Run.RunId, latest.RootElement.GetProperty("run").GetProperty("items")[0].GetProperty("duplicateOfRun").GetString());
        // Marked done: the next night has nothing to do.
        Assert.True((await NightAsync()).NothingToDo);
    }

    [Fact]
    public async Task Beside_a_repeat_new_files_are_summarised_as_usual()
    {
        string first = Drop(0, "a.txt");
        await NightAsync();

        Drop(0, "a-copy.txt");
        string fresh = Drop(1, "b.txt");
        var night2 = await NightAsync();

        Assert.Equal((1, 1), (night2.Run.Succeeded, night2.Run.Duplicates));
        Assert.Equal(fresh, Assert.Single(night2.Run.Items, i => i.DuplicateOf is null).Source);
        Assert.Equal(first, Assert.Single(night2.Run.Items, i => i.DuplicateOf is not null).DuplicateOf);
        Assert.Equal(2, _engine.Calls);
    }

    [Fact]
    public async Task Only_the_most_recent_contents_are_remembered()
    {
        _services.Dispose();
        _services = Build(remembered: 1);
        Drop(0, "a.txt");
        await NightAsync();
        Drop(1, "b.txt");
        await NightAsync();

        Drop(0, "a-copy.txt");
        Drop(1, "b-copy.txt");
        var night3 = await NightAsync();

        // a.txt's content was forgotten when b.txt's came: its copy is summarised; b.txt's copy is a duplicate.
        Assert.Equal((1, 1), (night3.Run.Succeeded, night3.Run.Duplicates));
        Assert.EndsWith("b.txt", Assert.Single(night3.Run.Items, i => i.DuplicateOf is not null).DuplicateOf);
        using var state = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "state.json")));
        Assert.Single(state.RootElement.GetProperty("contents").EnumerateObject());
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
