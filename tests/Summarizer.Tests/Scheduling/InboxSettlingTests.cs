using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

/// <summary>A file dropped into the inbox while a run starts is taken only once it has settled (quiet period on the clock).</summary>
public sealed class InboxSettlingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private readonly string _inbox;
    private readonly ServiceProvider _services;

    public InboxSettlingTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _services = NightlyServices.Build(_inbox, _folder.File("out"), new CountingEngine(),
            new Dictionary<string, string?> { ["Summarizer:Schedule:QuietSeconds"] = "5" },
            standIns: services => services.AddSingleton<TimeProvider>(_time));
    }

    private INightlyBatch Batch() => _services.GetRequiredService<INightlyBatch>();

    /// <summary>Writes <paramref name="content"/> as last written at <paramref name="at"/>, as a writer would leave it.</summary>
    private string Write(string name, string content, DateTimeOffset at)
    {
        string path = Path.Combine(_inbox, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, at.UtcDateTime);
        return path;
    }

    private static string Article => File.ReadAllText(Repo.SeedFiles.First());

    [Fact]
    public async Task Half_written_json_is_left_for_the_next_run_not_quarantined_and_processed_once_whole()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { title = "Late story", text = Article });
        var start = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        _time.SetUtcNow(start);
        string file = Write("late.json", json[..(json.Length / 2)], start - TimeSpan.FromSeconds(1));

        var first = await Batch().RunAsync(null, default);

        Assert.Equal([file], first.StillBeingWritten);
        Assert.True(first.NothingToDo);
        Assert.Empty(first.Quarantined);
        Assert.True(File.Exists(file));
        Assert.False(Directory.Exists(Path.Combine(_inbox, InboxBatch.QuarantineFolder)));

        // The writer finishes; the next run, after the quiet period, takes the whole file.
        Write("late.json", json, start + TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(10));
        var second = await Batch().RunAsync(null, default);

        Assert.Empty(second.StillBeingWritten);
        Assert.Equal(1, second.Run.Succeeded);
        Assert.Empty(second.Quarantined);
        Assert.Null(Assert.Single(second.Run.Items).Error);
    }

    [Fact]
    public async Task A_settled_file_is_taken_and_a_young_one_beside_it_waits()
    {
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        _time.SetUtcNow(now);
        string settled = Write("old.txt", Article, now - TimeSpan.FromSeconds(6));
        string young = Write("young.txt", Article + "\nOne more line of the story arrives late in the evening edition.\n", now - TimeSpan.FromSeconds(4));

        var report = await Batch().RunAsync(null, default);

        Assert.Equal(settled, Assert.Single(report.Run.Items).Source);
        Assert.Equal([young], report.StillBeingWritten);
    }

    [Fact]
    public async Task A_file_named_as_a_download_in_progress_waits()
    {
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        _time.SetUtcNow(now);
        string partial = Write("story.txt.part", Article, now - TimeSpan.FromHours(1));

        var report = await Batch().RunAsync(null, default);

        Assert.True(report.NothingToDo);
        Assert.Equal([partial], report.StillBeingWritten);
        Assert.True(File.Exists(partial));
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
