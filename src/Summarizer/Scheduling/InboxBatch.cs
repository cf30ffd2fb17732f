using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Articles.Reading;
using Summarizer.Caching;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Scheduling;

/// <summary>
/// One nightly run over the inbox: only files that are new or changed since they were last summarised (by content
/// hash) go through the batch; files of which nothing could be summarised move to <c>quarantine/</c> with a reason, and
/// the failed records of a JSON Lines file or JSON array are kept there while the rest is summarised (<see cref="InboxQuarantine"/>).
/// A file still being written (<see cref="SettledFile"/>) is left for the next run. A new file whose content was
/// summarised on an earlier night (<see cref="EarlierContents"/>) is reported as a duplicate of that file and marked
/// done without going through the batch; it stays in the inbox. Only each file's hash and length are kept until the batch
/// takes it: it is read again then, and a file that changed meanwhile is left for the next run, never summarised
/// half-written. Articles of earlier nights still in the inbox join tonight's story clustering
/// (<see cref="EarlierArticleLoader"/>, <see cref="BatchInputs.Earlier"/>).
/// </summary>
public sealed partial class InboxBatch(
    IBatchRunner runner,
    EarlierArticleLoader earlierArticles,
    IOptions<ScheduleOptions> scheduleOptions,
    IOptions<CacheOptions> cacheOptions,
    TimeProvider time,
    ILogger<InboxBatch> logger) : INightlyBatch
{
    public const string QuarantineFolder = "quarantine";
    public const string LatestReportFile = "latest-run.json";

    private readonly ScheduleOptions _options = scheduleOptions.Value;
    private readonly CacheOptions _cache = cacheOptions.Value;
    private readonly RunStateStore _state = new(scheduleOptions.Value.Output, logger, time);
    private readonly InboxQuarantine _quarantine = new(scheduleOptions.Value.Inbox);

    public async Task<DateTimeOffset?> GetLastRunAsync(CancellationToken cancellationToken) =>
        (await _state.LoadAsync(cancellationToken)).LastRunUtc;

    public async Task<NightlyRunReport> RunAsync(DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var state = await _state.LoadAsync(cancellationToken);
        var processed = new Dictionary<string, string>(state.Processed);
        var contents = new EarlierContents(state.Contents, _options.RememberedContents);
        // Only the hash and length of each settled file are kept; the batch reads it again and checks it is the same.
        var settledFiles = new Dictionary<string, InputFile>();
        var unsettled = new List<string>();
        var changedFiles = new List<InputFile>();
        var repeats = new List<RunItem>();
        var quiet = TimeSpan.FromSeconds(_options.QuietSeconds);
        foreach (var file in InboxFiles())
        {
            if (await SettledFile.TryHashAsync(file, time.GetUtcNow(), quiet, cancellationToken) is { } settled)
            {
                settledFiles[file] = new InputFile(file, settled.Hash, settled.Length);
                if (processed.GetValueOrDefault(Relative(file)) == settled.Hash) continue;
                if (contents.Find(settled.Hash) is { } earlier)
                {
                    // Summarised on an earlier night: reported as its duplicate and done, not summarised again.
                    repeats.Add(EarlierContents.DuplicateRow(file, earlier, _options.Inbox));
                    processed[Relative(file)] = settled.Hash;
                    LogEarlierDuplicate(logger, file, earlier.Source, earlier.RunId);
                }
                else changedFiles.Add(settledFiles[file]);
            }
            else if (File.Exists(file))
            {
                unsettled.Add(file);
                LogStillBeingWritten(logger, file, _options.QuietSeconds);
            }
        }
        var changed = changedFiles.Select(f => f.Path).ToList();

        if (changed.Count == 0 && repeats.Count == 0)
        {
            // Nothing to do: no run folder, and latest-run.json keeps describing the last run that did something.
            await _state.SaveAsync(new RunState { LastRunUtc = started, Processed = processed, Contents = contents.Kept() }, cancellationToken);
            return new NightlyRunReport(scheduledFor, null, settledFiles.Count, 0, 0, [],
                new RunReport($"{started:yyyyMMddTHHmmssZ}", started, TimeSpan.Zero, "", [])) { StillBeingWritten = unsettled };
        }
        string runFolderName = Path.Combine("runs", $"{started:yyyyMMddTHHmmssZ}");
        string runFolder = Path.Combine(_options.Output, runFolderName);
        int? concurrency = _options.MaxConcurrency > 0 ? _options.MaxConcurrency : null;
        var earlierNights = changedFiles.Count == 0 ? EarlierInputs.None
            : await earlierArticles.LoadAsync(state.Contents, ByContent(settledFiles.Values), started, cancellationToken);
        var report = await runner.RunAsync(BatchInputs.Of(changedFiles) with { Earlier = earlierNights }, runFolder,
            new LoggedBatchProgress(logger), cancellationToken, concurrency);
        // A run stopped at shutdown wrote its folder; no file is marked done or quarantined, so the next run takes them all again.
        if (report.Cancelled) cancellationToken.ThrowIfCancellationRequested();

        // From here the batch's outcome is recorded file by file without a cancellation token: a shutdown cannot stop a
        // file's quarantine halfway (a .reason.txt without its file), nor the loop between files already moved.
        var quarantined = new List<QuarantinedFile>();
        var changedMeanwhile = new List<string>();
        foreach (var file in changed)
        {
            var items = report.Items.Where(i => BelongsTo(i.Source, file)).ToList();
            if (items.Any(i => i.Deferred is not null))
            {
                // Written to (or removed) between settling and the batch taking it: not read, not done, taken next run.
                changedMeanwhile.Add(file);
                LogChangedSinceSettled(logger, file);
                continue;
            }
            // A file repeating an article already in the run is a duplicate, not a failure: it stays, marked done.
            if (items.Count > 0 && items.All(i => i.Error is not null))
                quarantined.Add(await _quarantine.MoveWholeAsync(file, items, started));
            else
            {
                // Some records failed: they are kept in quarantine, and the file is done for the rest.
                var failed = items.Where(i => i.Error is not null).ToList();
                if (failed.Count > 0)
                {
                    if (await _quarantine.KeepFailedRecordsAsync(settledFiles[file], failed, started) is not { } kept)
                    {
                        changedMeanwhile.Add(file);
                        LogChangedSinceSettled(logger, file);
                        continue;
                    }
                    quarantined.Add(kept);
                    LogRecordsQuarantined(logger, failed.Count, items.Count, file, kept.MovedTo);
                }
                processed[Relative(file)] = settledFiles[file].SettledHash!;
                var articles = items.Where(i => i.Error is null && i.ArticleId is not null).Select(i => i.ArticleId!).Distinct().ToList();
                contents.Record(settledFiles[file].SettledHash!, new ProcessedContent(Relative(file), report.RunId, articles, started) { RunFolder = runFolderName });
            }
        }
        // The nightly report lists the repeats of earlier nights beside the batch's own rows (the batch's run.json has only its own).
        // A file that changed before the batch took it (deferred in run.json) is listed as still being written instead.
        if (repeats.Count > 0 || changedMeanwhile.Count > 0)
            report = report with { Items = [.. report.Items.Where(i => !changedMeanwhile.Any(f => BelongsTo(i.Source, f))), .. repeats] };
        unsettled.AddRange(changedMeanwhile);
        // Forget files that left the inbox, so the state does not grow forever.
        var present = settledFiles.Keys.Concat(unsettled).ToHashSet();
        foreach (var gone in processed.Keys.Where(k => !present.Contains(Path.Combine(_options.Inbox, k))).ToList()) processed.Remove(gone);

        var nightly = new NightlyRunReport(scheduledFor, runFolder, settledFiles.Count - changed.Count - repeats.Count,
            report.CacheHits, report.CacheMisses, quarantined, report) { StillBeingWritten = unsettled };
        string json = JsonSerializer.Serialize(nightly, SummaryJson.Options);
        await AtomicFile.WriteAllTextAsync(Path.Combine(runFolder, "nightly.json"), json, cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(_options.Output, LatestReportFile), json, cancellationToken);
        await _state.SaveAsync(new RunState { LastRunUtc = started, Processed = processed, Contents = contents.Kept() }, cancellationToken);
        return nightly;
    }

    private IEnumerable<string> InboxFiles()
    {
        if (!Directory.Exists(_options.Inbox)) return [];
        var files = Directory.EnumerateFiles(_options.Inbox, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        // The quarantine, and an output folder or cache kept inside the inbox, are the service's own: never an article to take (or quarantine).
        return ServiceFiles.Of(_options, _cache).Filter(_options.Inbox, files).Kept;
    }

    private string Relative(string file) => Path.GetRelativePath(_options.Inbox, file);

    // Where each content can be read tonight: the first settled file holding it.
    private static Dictionary<string, InputFile> ByContent(IEnumerable<InputFile> files) =>
        files.DistinctBy(f => f.SettledHash).ToDictionary(f => f.SettledHash!, StringComparer.Ordinal);

    // Records of a JSON array or JSON Lines file are named "file:3" (JsonArticleParser.Item).
    private static bool BelongsTo(string source, string file) =>
        source == file || (source.StartsWith(file, StringComparison.Ordinal) && source.Length > file.Length && source[file.Length] == ':');

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of the {Records} records of inbox file {File} failed: kept with their reasons in {Target}; the rest summarised and the file marked done")]
    private static partial void LogRecordsQuarantined(ILogger logger, int failed, int records, string file, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox file {File} repeats {Earlier}, summarised in run {RunId}: reported as its duplicate and marked done")]
    private static partial void LogEarlierDuplicate(ILogger logger, string file, string earlier, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox file {File} changed (or went away) after it settled and before the batch read it: not summarised, left for the next run")]
    private static partial void LogChangedSinceSettled(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox file {File} is still being written (changed within the last {QuietSeconds} s or while read); left for the next run")]
    private static partial void LogStillBeingWritten(ILogger logger, string file, double quietSeconds);
}
