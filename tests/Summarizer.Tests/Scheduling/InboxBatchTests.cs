using Summarizer.Comparisons;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Scheduling;

public sealed class InboxBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteCacheStore _cache;
    private readonly CountingEngine _engine = new();
    private readonly string _inbox, _output;

    public InboxBatchTests()
    {
        _cache = new SqliteCacheStore(_folder.File("cache.db"));
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        foreach (var seed in Repo.SeedFiles.Take(2)) File.Copy(seed, Path.Combine(_inbox, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(_inbox, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_inbox, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0x00]);
    }

    private InboxBatch Batch()
    {
        var options = new ArticleOptions();
        var engine = new CachingSummaryEngine(_engine, _cache, NullLogger<CachingSummaryEngine>.Instance);
        var processor = new ArticleProcessor(new ArticleFactory(options), new FactExtractor(), engine, new AcceptingVerifier(), NullLogger<ArticleProcessor>.Instance);
        return new InboxBatch(new ArticleFileReader(options), processor, new ComparisonStage(new StoryComparer(), Microsoft.Extensions.Options.Options.Create(new ComparisonOptions())), _cache,
            Options.Create(new ScheduleOptions { Inbox = _inbox, Output = _output }), Options.Create(new PipelineOptions { MaxConcurrency = 2 }), TimeProvider.System);
    }

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
        Assert.Empty(Directory.GetFiles(report.RunFolder, "*.tmp"));
    }

    [Fact]
    public async Task Only_new_or_changed_files_are_processed_again()
    {
        await Batch().RunAsync(null, default);
        var second = await Batch().RunAsync(null, default);
        Assert.Empty(second.Run.Items);
        Assert.Equal(2, second.UnchangedFiles);

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
        Assert.Equal(2, rerun.CacheHits);
        Assert.Equal(2, _engine.Calls);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Dispose();
    }
}
