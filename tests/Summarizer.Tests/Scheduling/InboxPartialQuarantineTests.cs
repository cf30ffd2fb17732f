using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Scheduling;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// A JSON Lines file or JSON array in the inbox of which some records fail: the good ones are summarised, the bad ones
/// are kept in the quarantine with their line (or item) numbers and reasons, and the file is done for what succeeded.
/// </summary>
public sealed class InboxPartialQuarantineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CountingEngine _engine = new();
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;

    public InboxPartialQuarantineTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        _services = NightlyServices.Build(_inbox, _output, _engine);
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private Task<NightlyRunReport> NightAsync() => _services.GetRequiredService<INightlyBatch>().RunAsync(null, default);

    private static string Record(int seed) => JsonSerializer.Serialize(new { text = File.ReadAllText(Repo.SeedFiles.ElementAt(seed)) });

    private string Quarantined(string name) => Path.Combine(_inbox, InboxBatch.QuarantineFolder, name);

    [Fact]
    public async Task The_good_lines_of_a_json_lines_file_are_summarised_and_the_bad_ones_kept_in_quarantine_with_their_line_and_reason()
    {
        string feed = Path.Combine(_inbox, "feed.jsonl");
        string[] lines = [Record(0), "{\"text\":42}", "{not json", "", Record(1)];
        File.WriteAllText(feed, string.Join('\n', lines) + "\n");
        byte[] original = File.ReadAllBytes(feed);

        var night = await NightAsync();

        Assert.Equal((2, 2), (night.Run.Succeeded, night.Run.Failed));
        var quarantined = Assert.Single(night.Quarantined);
        Assert.Equal((feed, Quarantined("feed.jsonl")), (quarantined.Source, quarantined.MovedTo));
        Assert.Equal([2, 3], quarantined.Records);
        // The bad lines keep their numbers (the good ones are blank), so the reasons point at them in either file.
        Assert.Equal(["", "{\"text\":42}", "{not json", "", "", ""], File.ReadAllText(Quarantined("feed.jsonl")).Split('\n'));
        string reason = File.ReadAllText(Quarantined("feed.jsonl.reason.txt"));
        Assert.Contains($"{feed}:2: the \"text\" field is a number, not a string", reason);
        Assert.Contains($"{feed}:3: malformed JSON on line 3", reason);
        Assert.Contains("stays in the inbox", reason);
        Assert.Equal(2, quarantined.Reason.Split(Environment.NewLine).Length);
        // The file itself stays, untouched, and is done: the next night does not take it again.
        Assert.Equal(original, File.ReadAllBytes(feed));
        Assert.True((await NightAsync()).NothingToDo);
        Assert.Equal(2, _engine.Calls);

        using var latest = JsonDocument.Parse(await LatestRunFile.ReadAsync(_output, default) ?? "null");
        var row = Assert.Single(latest.RootElement.GetProperty("quarantined").EnumerateArray());
        Assert.Equal([2, 3], row.GetProperty("records").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task The_bad_items_of_a_json_array_are_kept_in_quarantine_as_an_array_of_their_own()
    {
        string items = Path.Combine(_inbox, "items.json");
        File.WriteAllText(items, $"[{Record(0)},\n{{\"title\":\"No text\",\"text\":[\"a\"]}},\n{Record(1)}]");

        var night = await NightAsync();

        Assert.Equal((2, 1), (night.Run.Succeeded, night.Run.Failed));
        var quarantined = Assert.Single(night.Quarantined);
        Assert.Equal([2], quarantined.Records);
        using var kept = JsonDocument.Parse(File.ReadAllText(Quarantined("items.json")));
        var item = Assert.Single(kept.RootElement.EnumerateArray());
        Assert.Equal("No text", item.GetProperty("title").GetString());
        Assert.Contains($"{items}:2: the \"text\" field is an array, not a string", File.ReadAllText(Quarantined("items.json.reason.txt")));
        Assert.True(File.Exists(items));
        Assert.True((await NightAsync()).NothingToDo);
    }

    [Fact]
    public async Task A_file_whose_records_all_fail_still_moves_to_quarantine_whole()
    {
        string feed = Path.Combine(_inbox, "bad.jsonl");
        File.WriteAllText(feed, "{\"text\":1}\n{\"text\":2}\n");

        var night = await NightAsync();

        var quarantined = Assert.Single(night.Quarantined);
        Assert.Null(quarantined.Records);
        Assert.False(File.Exists(feed));
        Assert.Equal("{\"text\":1}\n{\"text\":2}\n", File.ReadAllText(Quarantined("bad.jsonl")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Files_of_one_name_in_different_inbox_folders_each_keep_their_own_records_and_reasons(bool thirdFailsWholly)
    {
        // ap/feed.jsonl, bbc/feed.jsonl and reuters/feed.jsonl with a bad line each on one night: three quarantine files.
        string[] outlets = ["ap", "bbc", "reuters"];
        var feeds = outlets.Select((outlet, i) =>
        {
            string feed = Path.Combine(Directory.CreateDirectory(Path.Combine(_inbox, outlet)).FullName, "feed.jsonl");
            string bad = $"{{\"text\":{i + 1}0}}";
            File.WriteAllText(feed, (thirdFailsWholly && i == 2 ? bad : Record(i) + "\n" + bad) + "\n");
            return (Path: feed, Bad: bad);
        }).ToList();

        var night = await NightAsync();

        Assert.Equal(3, night.Quarantined.Count);
        Assert.Equal(3, night.Quarantined.Select(q => q.MovedTo).Distinct().Count());
        foreach (var (feed, bad) in feeds)
        {
            var quarantined = Assert.Single(night.Quarantined, q => q.Source == feed);
            Assert.Contains(bad, File.ReadAllText(quarantined.MovedTo));
            string reason = File.ReadAllText(quarantined.MovedTo + ".reason.txt");
            Assert.Contains(feed, reason);
            Assert.DoesNotContain(feeds, other => other.Path != feed && reason.Contains(other.Path));
        }
        string folder = Path.Combine(_inbox, InboxBatch.QuarantineFolder);
        Assert.Equal(6, Directory.GetFiles(folder).Count(f => !Path.GetFileName(f).StartsWith('.')));
    }
}
