using Summarizer.Articles.Reading;
using Summarizer.Summaries;

namespace Summarizer.Pipeline;

/// <summary>
/// The outcome of one batch: one row per input item (summarised, failed, a duplicate, or deferred), plus totals. Written as <c>run.json</c>. <see cref="Duration"/> is
/// the whole run, the story comparison included; <see cref="EarlierArticlesDuration"/>, <see cref="ArticlesDuration"/> and
/// <see cref="ComparisonDuration"/> are its stages (the first only in a nightly run that compares with earlier nights).
/// </summary>
public sealed record RunReport(
    string RunId,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    string Engine,
    IReadOnlyList<RunItem> Items)
{
    /// <summary>Time spent loading the articles of earlier runs compared beside the run's own (<see cref="BatchInputs.Earlier"/>), before its articles.</summary>
    public TimeSpan EarlierArticlesDuration { get; init; }

    /// <summary>Articles of earlier runs compared beside the run's own (never summarised again).</summary>
    public int EarlierArticles { get; init; }

    /// <summary>The earlier runs that <see cref="EarlierArticles"/> come from.</summary>
    public int EarlierRuns { get; init; }

    /// <summary>Time spent on the articles (reading, summarising, verifying); <see cref="Duration"/> is the whole run.</summary>
    public TimeSpan ArticlesDuration { get; init; }

    /// <summary>Time spent comparing the stories of the run's articles, after the last article.</summary>
    public TimeSpan ComparisonDuration { get; init; }

    /// <summary>True when the run was stopped (Ctrl-C, SIGTERM, shutdown) before every article was done: the rows are the finished ones.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Articles that were read but abandoned or never started because the run was cancelled.</summary>
    public int NotProcessed { get; init; }

    /// <summary>Articles summarised: rows without an error that are neither a duplicate of an earlier row nor deferred.</summary>
    public int Succeeded => Items.Count(i => i.Error is null && i.DuplicateOf is null && i.Deferred is null);

    public int Failed => Items.Count(i => i.Error is not null);

    /// <summary>Inputs left for a later run (<see cref="RunItem.Deferred"/>): neither succeeded nor failed.</summary>
    public int Deferred => Items.Count(i => i.Deferred is not null);

    /// <summary>Inputs holding an article already in the run (<see cref="RunItem.DuplicateOf"/>): neither succeeded nor failed.</summary>
    public int Duplicates => Items.Count(i => i.DuplicateOf is not null);

    public int Verified => Items.Count(i => i.Verified == true);

    /// <summary>Stage results this run read from the cache (facts and summaries of its articles; never another run's lookups).</summary>
    public int CacheHits => Items.Sum(i => i.CachedStages.Count);

    /// <summary>Stage results this run had to compute: two stages per summarised article, less the hits.</summary>
    public int CacheMisses => Succeeded * 2 - CacheHits;

    /// <summary>
    /// The model calls this run made: a summary read from the cache keeps the usage it cost when it was made (each
    /// row's <see cref="RunItem.Usage"/>), but costs this run nothing, so it is left out of the total.
    /// </summary>
    public UsageRecord? Usage
    {
        get
        {
            var spent = Items.Where(i => i.Usage is not null && !i.CachedStages.Contains(Stages.SummaryStage.Stage)).ToList();
            return Items.Any(i => i.Usage is not null)
                ? new UsageRecord(
                    spent.Sum(i => i.Usage!.InputTokens), spent.Sum(i => i.Usage!.OutputTokens),
                    spent.Sum(i => i.Usage!.Cost), spent.Sum(i => i.Usage!.Calls))
                : null;
        }
    }
}

/// <summary>One input item of a run: where it came from, and its output file, the reason it failed, or why it was deferred.</summary>
public sealed record RunItem(
    string Source,
    string? ArticleId,
    string? Headline,
    string? OutputFile,
    bool? Verified,
    double? VerdictScore,
    string? Fallback,
    UsageRecord? Usage,
    double Milliseconds,
    string? Error)
{
    /// <summary>The stages whose result came from the cache.</summary>
    public IReadOnlyList<string> CachedStages { get; init; } = [];

    /// <summary>
    /// The source of the earlier input that held the same article (the same cleaned text), when this one repeats it:
    /// not a failure; the article is summarised, verified and compared once, under the first.
    /// </summary>
    public string? DuplicateOf { get; init; }

    /// <summary>
    /// The run that summarised the article, when this input repeats a file of an earlier nightly run (the same content):
    /// not summarised again; <see cref="DuplicateOf"/> is that file, <see cref="DuplicateArticleIds"/> its articles.
    /// </summary>
    public string? DuplicateOfRun { get; init; }

    /// <summary>The ids of the articles of the earlier file this input repeats (<see cref="DuplicateOfRun"/>).</summary>
    public IReadOnlyList<string>? DuplicateArticleIds { get; init; }

    /// <summary>
    /// Why the input was left for a later run without being read, when it was: a file that is no longer the content its
    /// caller saw settle (<see cref="InputFile.ChangedSinceSettled"/>). Not a failure; the row has no <see cref="Error"/>.
    /// </summary>
    public string? Deferred { get; init; }

    /// <summary>The row of an input that repeats the article of <paramref name="firstSource"/>: its id and summary file, nothing counted twice.</summary>
    public RunItem AsDuplicateOf(string firstSource) =>
        this with { DuplicateOf = firstSource, Verified = null, VerdictScore = null, Fallback = null, Usage = null, CachedStages = [] };

    public static RunItem Failure(string source, string error, TimeSpan elapsed = default) =>
        new(source, null, null, null, null, null, null, null, elapsed.TotalMilliseconds, error);

    /// <summary>The row of an input left for a later run when <paramref name="outcome"/> is a file that changed since it settled; otherwise null.</summary>
    public static RunItem? DeferredOf(ReadOutcome outcome) => outcome.Error == InputFile.ChangedSinceSettled
        ? new(outcome.Source, null, null, null, null, null, null, null, 0, null) { Deferred = outcome.Error }
        : null;

    /// <summary>The row of a processed article: its summary's file (<see cref="RunOutput.WriteSummaryAsync"/> names it), or why it failed.</summary>
    public static RunItem Of(ArticleResult result)
    {
        if (result.Summary is not { } summary) return Failure(result.Source, result.Error ?? "no summary", result.Elapsed);
        return new RunItem(result.Source, summary.Id, summary.Headline, RunOutput.SummaryFile(summary), summary.Verdict?.IsVerified, summary.Verdict?.Score,
            summary.Fallback, summary.Usage, result.Elapsed.TotalMilliseconds, null) { CachedStages = result.CachedStages };
    }
}
