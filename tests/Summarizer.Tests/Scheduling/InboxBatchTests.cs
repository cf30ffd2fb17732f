using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Scheduling;

public sealed class InboxBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CountingEngine _engine = new();
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;

    public InboxBatchTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        Repo.CopySeedsTo(_inbox, 2);
        File.WriteAllText(Path.Combine(_inbox, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_inbox, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0x00]);
        _services = NightlyServices.Build(_inbox, _output, _engine, new Dictionary<string, string?>
        {
            ["Summarizer:Cache:Path"] = _folder.File("cache.db"),
            ["Summarizer:Schedule:MaxConcurrency"] = "2",
        });
    }

    private INightlyBatch Batch() => _services.GetRequiredService<INightlyBatch>();
    [Fact]
    public async Task Summarises_good_files_quarantines_bad_ones_and_writes_the_report()
    {
        var report = await Batch().RunAsync(null, default);

        Assert.Equal(2, report.Run.Succeeded);
        Assert.Equal(2, report.Quarantined.Count);
        Assert.True(File.Exists(Path.Combine(_inbox, "quarantine", "empty.txt")));
        Assert.Contains("unsupported file type", File.ReadAllText(Path.Combine(_inbox, "quarantine", "photo.jpg.reason.txt")));
        Assert.False(File.Exists(Path.Combine(_inbox, "photo.jpg")));

        using var latest = JsonDocument.Parse(await LatestRunFile.ReadAsync(_output, default) ?? "null");
        Assert.Equal(2, latest.RootElement.GetProperty("run").GetProperty("succeeded").GetInt32());
        Assert.Equal(2, latest.RootElement.GetProperty("quarantined").GetArrayLength());
        Assert.NotNull(await Batch().GetLastRunAsync(default));
        Assert.Empty(Directory.GetFiles(report.RunFolder!, "*.tmp"));
    }

    [Fact]
    public async Task Only_new_or_changed_files_are_processed_again()
    {
        var first = await Batch().RunAsync(null, default);
        string latest = await LatestRunFile.ReadAsync(_output, default) ?? "";
        var second = await Batch().RunAsync(null, default);
        Assert.True(second.NothingToDo);
        Assert.Empty(second.Run.Items);
        Assert.Equal(2, second.UnchangedFiles);
        // A tick with nothing to do leaves no run folder and keeps the last real run (and its quarantine list) as the latest.
        Assert.Single(Directory.GetDirectories(Path.Combine(_output, "runs")));
        Assert.Equal(latest, await LatestRunFile.ReadAsync(_output, default));
        Assert.Equal(2, first.Quarantined.Count);

        var changed = Directory.GetFiles(_inbox, "*.txt").First();
        File.AppendAllText(changed, "\nA late paragraph adds one more sentence to the story for the evening edition.\n");
        var third = await Batch().RunAsync(null, default);
        Assert.Single(third.Run.Items);
        Assert.Equal(1, third.UnchangedFiles);
    }

    [Fact]
    public async Task A_rerun_after_losing_the_state_is_served_from_the_cache()
    {
        await Batch().RunAsync(null, default);
        File.Delete(Path.Combine(_output, "state.json"));
        var rerun = await Batch().RunAsync(null, default);
        Assert.Equal(2, rerun.Run.Succeeded);
        // Two articles, each with its facts and its summary read back: four hits, nothing computed.
        Assert.Equal((4, 0), (rerun.CacheHits, rerun.CacheMisses));
        Assert.Equal(2, _engine.Calls);
    }

    [Fact]
    public async Task Cache_statistics_count_the_run_alone_not_other_work_of_the_process()
    {
        await Batch().RunAsync(null, default);
        File.Delete(Path.Combine(_output, "state.json"));
        // Other traffic through the same cache while no nightly run is going (the editors' API, say).
        var processor = _services.GetRequiredService<ArticleProcessor>();
        for (int i = 0; i < 3; i++) await processor.ProcessAsync(Repo.Seed(4), default);

        var rerun = await Batch().RunAsync(null, default);

        Assert.Equal((4, 0), (rerun.CacheHits, rerun.CacheMisses));
    }

    [Fact]
    public async Task Two_identical_new_files_are_one_article_and_a_duplicate_not_a_failure()
    {
        string seed = Directory.GetFiles(_inbox, "*.txt").Order(StringComparer.Ordinal).First(f => new FileInfo(f).Length > 0);
        string copy = Path.Combine(_inbox, "zz-copy-of-" + Path.GetFileName(seed));
        File.Copy(seed, copy);

        var report = await Batch().RunAsync(null, default);

        var duplicate = Assert.Single(report.Run.Items, i => i.DuplicateOf is not null);
        Assert.Equal((copy, seed), (duplicate.Source, duplicate.DuplicateOf));
        Assert.Null(duplicate.Error);
        Assert.Equal((2, 1), (report.Run.Succeeded, report.Run.Duplicates));
        Assert.Equal(2, report.Run.Failed); // empty.txt and photo.jpg only
        Assert.DoesNotContain(report.Quarantined, q => q.Source == copy);
        Assert.True(File.Exists(copy));
        // Marked done: the next run does not take it again.
        Assert.True((await Batch().RunAsync(null, default)).NothingToDo);
    }

    [Fact]
    public async Task A_corrupt_state_file_costs_a_full_rerun_from_the_cache_and_loses_no_inbox_file()
    {
        await Batch().RunAsync(null, default);
        var files = Directory.GetFiles(_inbox).Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(_output, "state.json"), "\0\0garbage");

        var rerun = await Batch().RunAsync(null, default);

        Assert.Equal(2, rerun.Run.Succeeded);
        Assert.Equal(files, Directory.GetFiles(_inbox).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(_output, "state.json.corrupt-*"));
        Assert.True((await Batch().RunAsync(null, default)).NothingToDo);
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
