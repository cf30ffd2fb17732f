using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Stages;
using Summarizer.Summaries;

namespace Summarizer.Scheduling;

/// <summary>
/// The articles earlier nights summarised, within <see cref="ScheduleOptions.CompareWithEarlierHours"/> and at most
/// <see cref="ScheduleOptions.CompareWithEarlierArticles"/> (most recent first), made ready to be clustered beside
/// tonight's: each is read back from an inbox file that still holds the content <c>state.json</c> remembers (checked by
/// its hash), its facts taken from the stage cache (extracted again, deterministically, only when the cache no longer
/// has them) and its summary from its run folder when that is still readable. Nothing is summarised again. An article
/// whose text is gone (its file removed or changed, its cleaned text no longer the same) is skipped with a logged note;
/// no earlier file or output, however broken, makes tonight's run fail.
/// </summary>
public sealed partial class EarlierArticleLoader(
    ArticleFileReader reader,
    ArticleFactory factory,
    FactsStage facts,
    IOptions<ScheduleOptions> scheduleOptions,
    TimeProvider time,
    ILogger<EarlierArticleLoader> logger)
{
    private readonly ScheduleOptions _options = scheduleOptions.Value;

    /// <param name="remembered">The contents earlier nights summarised (<see cref="RunState.Contents"/>), by hash.</param>
    /// <param name="inbox">Tonight's settled inbox files by content hash: where each remembered content can still be read.</param>
    /// <param name="started">When tonight's run started; the window reaches back from it.</param>
    /// <param name="cancellationToken">Stops the loading.</param>
    /// <returns>The articles, and the time loading them took (a stage of the run, <see cref="RunReport.EarlierArticlesDuration"/>).</returns>
    public async Task<EarlierInputs> LoadAsync(IReadOnlyDictionary<string, ProcessedContent> remembered,
        IReadOnlyDictionary<string, InputFile> inbox, DateTimeOffset started, CancellationToken cancellationToken)
    {
        if (_options.CompareWithEarlierHours <= 0 || _options.CompareWithEarlierArticles <= 0) return EarlierInputs.None;
        long clock = time.GetTimestamp();
        var articles = await LoadArticlesAsync(remembered, inbox, started, cancellationToken);
        var earlier = new EarlierInputs(articles, time.GetElapsedTime(clock));
        LogLoaded(logger, earlier.Articles.Count, earlier.Runs, earlier.Duration.TotalSeconds);
        return earlier;
    }

    private async Task<IReadOnlyList<ComparisonInput>> LoadArticlesAsync(IReadOnlyDictionary<string, ProcessedContent> remembered,
        IReadOnlyDictionary<string, InputFile> inbox, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var since = started - TimeSpan.FromHours(_options.CompareWithEarlierHours);
        var loaded = new Dictionary<string, ComparisonInput>(StringComparer.Ordinal);
        var candidates = remembered.Where(c => c.Value.ProcessedAt >= since && c.Value.ProcessedAt < started && c.Value.ArticleIds.Count > 0)
            .OrderByDescending(c => c.Value.ProcessedAt).ThenBy(c => c.Key, StringComparer.Ordinal);
        foreach (var (hash, content) in candidates)
        {
            if (loaded.Count >= _options.CompareWithEarlierArticles) break;
            if (content.ArticleIds.All(loaded.ContainsKey)) continue;
            if (!inbox.TryGetValue(hash, out var file))
            {
                LogTextGone(logger, content.Source, content.RunId);
                continue;
            }
            try
            {
                await LoadFileAsync(file, content, loaded, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogUnreadable(logger, file.Path, content.RunId, e.Message);
            }
        }
        return [.. loaded.Values];
    }

    private async Task LoadFileAsync(InputFile file, ProcessedContent content, Dictionary<string, ComparisonInput> loaded, CancellationToken cancellationToken)
    {
        var wanted = content.ArticleIds.ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in await reader.ReadFileAsync(file, cancellationToken))
        {
            if (loaded.Count >= _options.CompareWithEarlierArticles || wanted.Count == 0) return;
            if (outcome.Error == InputFile.ChangedSinceSettled)
            {
                LogTextGone(logger, content.Source, content.RunId);
                return;
            }
            if (outcome.Article is null || factory.TryCreate(outcome.Article, out _) is not { } article) continue;
            if (!wanted.Remove(article.Id) || loaded.ContainsKey(article.Id)) continue;
            var sheet = (await facts.GetAsync(article, cancellationToken)).Value;
            var summary = await ReadSummaryAsync(content, article.Id, cancellationToken);
            loaded[article.Id] = new ComparisonInput(article, sheet, summary) { Earlier = new EarlierRun(content.RunId, content.ProcessedAt) };
        }
        // What is left was not found in the file: its cleaned text is no longer the one summarised (the cleaning changed).
        foreach (var id in wanted.Where(id => !loaded.ContainsKey(id))) LogArticleGone(logger, id, file.Path, content.RunId);
    }

    /// <summary>The summary the earlier run wrote, or null when its file is gone or unreadable (the comparison does without).</summary>
    private async Task<StructuredSummary?> ReadSummaryAsync(ProcessedContent content, string articleId, CancellationToken cancellationToken)
    {
        string folder = content.RunFolder ?? Path.Combine("runs", content.RunId);
        if (Path.IsPathRooted(folder) || folder.Split('/', '\\').Contains("..") || !articleId.All(char.IsAsciiLetterOrDigit)) return null;
        string path = Path.Combine(_options.Output, folder, articleId + ".json");
        try
        {
            await using var stream = File.OpenRead(path);
            var summary = await JsonSerializer.DeserializeAsync<StructuredSummary>(stream, SummaryJson.Options, cancellationToken);
            // Another article's summary under this name (a hand copy) is no summary of this one.
            if (summary is null || summary.Id == articleId) return summary;
            LogSummaryOfAnother(logger, path, summary.Id, articleId);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            LogSummaryUnreadable(logger, path, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} earlier articles from {Runs} earlier runs in {Seconds:0.00} s, to compare tonight's stories with")]
    private static partial void LogLoaded(ILogger logger, int articles, int runs, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Earlier article of {Source} (run {RunId}) not compared tonight: its text is gone (the inbox no longer holds that content)")]
    private static partial void LogTextGone(ILogger logger, string source, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Earlier article {ArticleId} (run {RunId}) not compared tonight: {File} no longer gives the same cleaned text")]
    private static partial void LogArticleGone(ILogger logger, string articleId, string file, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Earlier articles of {File} (run {RunId}) not compared tonight: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The earlier summary {Path} is the summary of article {SummaryId}, not of {ArticleId}; its article is compared without it")]
    private static partial void LogSummaryOfAnother(ILogger logger, string path, string? summaryId, string articleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The earlier summary {Path} could not be read ({Reason}); its article is compared without it")]
    private static partial void LogSummaryUnreadable(ILogger logger, string path, string reason);
}
