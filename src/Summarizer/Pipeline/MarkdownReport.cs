using System.Globalization;
using System.Text;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Pipeline;

/// <summary>Renders a run as <c>report.md</c> for a human reader: failures, duplicates and deferred inputs first, then each article's summary, facts and findings.</summary>
public static class MarkdownReport
{
    public static string Render(RunReport report, IReadOnlyList<ArticleResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Summarizer run {report.RunId}").AppendLine();
        md.AppendLine($"Engine `{report.Engine}` · {report.Items.Count} items · {report.Succeeded} succeeded · {report.Failed} failed · " +
            (report.Duplicates > 0 ? $"{report.Duplicates} duplicates · " : "") +
            (report.Deferred > 0 ? $"{report.Deferred} deferred · " : "") +
            $"{report.Verified} verified · {Seconds(report.Duration)} s ({EarlierStage(report)}articles {Seconds(report.ArticlesDuration)} s, story comparison {Seconds(report.ComparisonDuration)} s)");
        if (report.Cancelled)
            md.AppendLine().AppendLine($"**Run cancelled**: incomplete, only the finished articles are listed ({report.NotProcessed} not processed; no story comparison).");
        if (report.Usage is { } usage)
            md.AppendLine().AppendLine($"Model usage: {usage.Calls} calls, {usage.InputTokens} input + {usage.OutputTokens} output tokens, ${usage.Cost:0.0000}");
        var failures = report.Items.Where(i => i.Error is not null).ToList();
        if (failures.Count > 0)
        {
            md.AppendLine().AppendLine("## Not processed").AppendLine();
            foreach (var f in failures) md.AppendLine($"- `{Escape(f.Source)}`: {Escape(f.Error!)}");
        }
        var duplicates = report.Items.Where(i => i.DuplicateOf is not null).ToList();
        if (duplicates.Count > 0)
        {
            md.AppendLine().AppendLine("## Duplicates (summarised once)").AppendLine();
            foreach (var d in duplicates) md.AppendLine($"- `{Escape(d.Source)}`: the same article as `{Escape(d.DuplicateOf!)}`");
        }
        var deferred = report.Items.Where(i => i.Deferred is not null).ToList();
        if (deferred.Count > 0)
        {
            md.AppendLine().AppendLine("## Deferred (left for the next run, not failed)").AppendLine();
            foreach (var d in deferred) md.AppendLine($"- `{Escape(d.Source)}`: {Escape(d.Deferred!)}");
        }
        foreach (var result in results) AppendArticle(md, result);
        return md.ToString();
    }

    // Only a run that compared with earlier runs has this stage.
    private static string EarlierStage(RunReport report) => report.EarlierArticles == 0 && report.EarlierArticlesDuration == TimeSpan.Zero ? ""
        : $"loading {report.EarlierArticles} earlier articles of {report.EarlierRuns} earlier runs {Seconds(report.EarlierArticlesDuration)} s, ";

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static void AppendArticle(StringBuilder md, ArticleResult result)
    {
        var s = result.Summary!;
        md.AppendLine().AppendLine($"## {Escape(s.Headline)}").AppendLine();
        md.AppendLine($"`{Escape(result.Source)}` · id `{s.Id}` · outlet {Escape(s.Outlet ?? "not stated")} · engine `{s.Engine}`" +
            (s.Fallback is null ? "" : $" · **fallback**: {Escape(s.Fallback)}"));
        md.AppendLine().AppendLine($"**Verdict:** {VerdictLine(s.Verdict)}").AppendLine();
        md.AppendLine($"> {Escape(s.Lede)}").AppendLine();
        foreach (var point in s.KeyPoints)
            md.AppendLine($"- {Escape(point.Text)} {string.Join(' ', point.SentenceIds.Select(id => $"[s{id}]"))}");
        AppendFacts(md, s);
        AppendFindings(md, s.Verdict);
        if (result.Article is { Removed.Count: > 0 } article)
            md.AppendLine().AppendLine($"<sub>Removed before summarising: {Escape(Articles.Cleaning.TextCleaner.Describe(article.Removed))}</sub>");
    }

    private static void AppendFacts(StringBuilder md, StructuredSummary s)
    {
        md.AppendLine();
        if (s.People.Count > 0)
            md.AppendLine("**People:** " + string.Join("; ", s.People.Select(p => p.Roles.Count == 0 ? Escape(p.Name) : $"{Escape(p.Name)} ({Escape(string.Join(", ", p.Roles))})")) + "  ");
        if (s.Organisations.Count > 0) md.AppendLine("**Organisations:** " + Escape(string.Join(", ", s.Organisations)) + "  ");
        if (s.Places.Count > 0) md.AppendLine("**Places:** " + Escape(string.Join(", ", s.Places)) + "  ");
        if (s.Quantities.Count > 0)
            md.AppendLine("**Figures:** " + string.Join("; ", s.Quantities.Select(q => $"{Escape(q.Text ?? q.Value.ToString(CultureInfo.InvariantCulture))} [s{q.SentenceId}]")) + "  ");
        foreach (var q in s.Quotes) md.AppendLine($"**Quote** ({Escape(q.Speaker ?? "unattributed")}, s{q.SentenceId}): “{Escape(q.Text)}”  ");
    }

    private static void AppendFindings(StringBuilder md, Verdict? verdict)
    {
        var problems = verdict?.Findings.Where(f => f.Status != FindingStatus.Supported).ToList() ?? [];
        if (problems.Count == 0) return;
        md.AppendLine().AppendLine("| ⚠ | claim | finding | evidence |").AppendLine("|---|---|---|---|");
        foreach (var f in problems)
            md.AppendLine($"| {f.Status.ToString().ToUpperInvariant()} | {Cell(f.Kind + ": " + f.Claim)} | {Cell(f.Note ?? "")} | {Cell(f.Evidence ?? "not found in the article")} |");
    }

    private static string VerdictLine(Verdict? verdict) => verdict is null
        ? "not verified"
        : $"{(verdict.IsVerified ? "verified" : "NOT verified")} — score {verdict.Score.ToString("0.00", CultureInfo.InvariantCulture)}, " +
          $"{verdict.Count(FindingStatus.Supported)} supported, {verdict.Count(FindingStatus.Unsupported)} unsupported, {verdict.Count(FindingStatus.Contradicted)} contradicted";

    private static string Cell(string text) => Escape(text).Replace("|", "\\|").Replace("\n", " ");

    // Article text is data: it must not become markup (links, HTML, headings) in the report.
    private static string Escape(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;").Replace("[", "\\[").Replace("]", "\\]");
}
