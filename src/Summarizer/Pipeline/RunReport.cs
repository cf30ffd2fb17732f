using Summarizer.Summaries;

namespace Summarizer.Pipeline;

/// <summary>The outcome of one batch: one row per input item, plus totals. Written as <c>run.json</c>.</summary>
public sealed record RunReport(
    string RunId,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    string Engine,
    IReadOnlyList<RunItem> Items)
{
    public int Succeeded => Items.Count(i => i.Error is null);

    public int Failed => Items.Count(i => i.Error is not null);

    public int Verified => Items.Count(i => i.Verified == true);

    public UsageRecord? Usage =>
        Items.Any(i => i.Usage is not null)
            ? new UsageRecord(
                Items.Sum(i => i.Usage?.InputTokens ?? 0), Items.Sum(i => i.Usage?.OutputTokens ?? 0),
                Items.Sum(i => i.Usage?.Cost ?? 0), Items.Sum(i => i.Usage?.Calls ?? 0))
            : null;
}

/// <summary>One input item of a run: where it came from, and its output file or the reason it failed.</summary>
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
    string? Error);
