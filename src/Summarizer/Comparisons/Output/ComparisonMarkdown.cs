using System.Text;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Comparisons.Output;

/// <summary>
/// The "Cross-source comparison" section of <c>report.md</c>: per story, its neutral roundup (each sentence with the
/// outlets and sentence ids it rests on), a table per conflict (outlet by outlet, with the quoted sentence), then
/// agreements, single-source claims and who cites whom.
/// </summary>
public static class ComparisonMarkdown
{
    public static string Render(IReadOnlyList<StoryComparison> comparisons)
    {
        var md = new StringBuilder();
        md.AppendLine().AppendLine("## Cross-source comparison").AppendLine();
        if (comparisons.Count == 0)
        {
            md.AppendLine("No story was reported by more than one article.");
            return md.ToString();
        }
        foreach (var story in comparisons) AppendStory(md, story);
        return md.ToString();
    }

    private static void AppendStory(StringBuilder md, StoryComparison story)
    {
        md.AppendLine($"### Story `{story.StoryId}` · {story.Articles.Count} articles").AppendLine();
        // An article that names no outlet is "unnamed outlet" (numbered when several are), never its title or id;
        // the list of outlets gives its title beside that name, as a title, so the editor can find the article.
        var names = OutletNames.Of(story.Articles);
        string Name(string articleId) => names[articleId];
        md.AppendLine("Outlets: " + string.Join(", ", story.Articles.Select(a => Escape(Listed(a, names)) + Earlier(a))) + "  ");
        md.AppendLine($"{story.Conflicts.Count} conflicts · {story.Agreements.Count} agreements · {story.SingleSource.Count} single-source claims" +
            (story.DroppedPositions > 0 ? $" · {story.DroppedPositions} model positions dropped as not found in their article" : "") +
            (story.ModelFallback is { } reason ? $" · model comparison not used ({Escape(reason)})" : ""));

        AppendRoundup(md, story.Roundup, Name);
        foreach (var conflict in story.Conflicts)
        {
            string heading = conflict.Within is { } within ? $"Inconsistency within {Name(within)}" : "Conflict";
            md.AppendLine().AppendLine($"**{Escape(heading)} ({Kind(conflict.Kind)}): {Escape(conflict.Subject)}**{From(conflict.Origin)}").AppendLine();
            md.AppendLine("| outlet | states | sentence |").AppendLine("|---|---|---|");
            foreach (var p in conflict.Positions)
                md.AppendLine($"| {Cell(Stating(p, Name))} | {Cell(p.Value)} | {Cell(p.Sentence)} [s{p.SentenceId}] |");
        }
        if (story.Agreements.Count > 0)
        {
            md.AppendLine().AppendLine("**Agreements**").AppendLine();
            foreach (var a in story.Agreements)
                md.AppendLine($"- {Escape(a.Statement)} — {Outlets(a, Name)}{From(a.Origin)}");
        }
        if (story.SingleSource.Count > 0)
        {
            md.AppendLine().AppendLine("**Only one outlet**").AppendLine();
            foreach (var s in story.SingleSource)
                md.AppendLine($"- {Kind(s.Kind)}: {Escape(s.Statement)} — {Escape(Stating(s.Position, Name))} [s{s.Position.SentenceId}]{From(s.Origin)}");
        }
        var citing = story.Attributions.Where(a => a.Sources.Count > 0).ToList();
        if (citing.Count > 0)
        {
            md.AppendLine().AppendLine("| outlet | cites | quotes |").AppendLine("|---|---|---|");
            foreach (var a in citing)
                md.AppendLine($"| {Cell(Name(a.ArticleId))} | {Cell(Names(a, "attribution"))} | {Cell(Names(a, "quote"))} |");
        }
        md.AppendLine();
    }

    private static void AppendRoundup(StringBuilder md, IReadOnlyList<RoundupSentence> roundup, Func<string, string> name)
    {
        if (roundup.Count == 0) return;
        md.AppendLine().AppendLine("**Roundup**").AppendLine();
        foreach (var part in roundup.GroupBy(r => r.Part))
        {
            md.AppendLine(part.Key switch
            {
                RoundupPart.Agreement => "_Outlets agree:_",
                RoundupPart.Difference => "_Outlets differ:_",
                _ => "_Only one outlet claims:_",
            }).AppendLine();
            foreach (var sentence in part)
                md.AppendLine($"- {Escape(sentence.Text)} ({Escape(string.Join("; ", sentence.Sources.Select(s => $"{name(s.ArticleId)} s{s.SentenceId}")))})");
            md.AppendLine();
        }
    }

    // "3 outlets: Reuters, BBC, AP"; an outlet stating it only by citing another says so, and the count says how many
    // state it on their own: "2 outlets (1 independent): Reuters; AP, citing Reuters".
    private static string Outlets(Agreement agreement, Func<string, string> name)
    {
        var stating = agreement.Positions.GroupBy(p => p.ArticleId)
            .Select(g => g.All(p => p.CitesOutlet is not null) ? Stating(g.First(), name) : name(g.Key)).Distinct().ToList();
        bool citing = agreement.Positions.Any(p => p.CitesOutlet is not null);
        string count = agreement.IndependentOutlets < agreement.ArticleCount
            ? $"{agreement.ArticleCount} outlets ({agreement.IndependentOutlets} independent)" : $"{agreement.ArticleCount} outlets";
        return $"{count}: {Escape(string.Join(citing ? "; " : ", ", stating))}";
    }

    // The outlet of a position, with the outlet its sentence cites: "AP, citing Reuters".
    private static string Stating(Position position, Func<string, string> name) =>
        name(position.ArticleId) + (position.CitesOutlet is { } cited ? $", citing {cited}" : "");

    private static string Listed(ComparedArticle article, OutletNames names) =>
        article.Outlet is null && article.Title is { } title ? $"{names[article.Id]} (article titled “{title}”)" : names[article.Id];

    // A member brought in from an earlier night is told from tonight's by its run and time.
    private static string Earlier(ComparedArticle article) =>
        article is { EarlierRun: { } run, EarlierRunAt: { } at } ? $" (earlier run {Escape(run)}, {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : "";

    private static string Names(OutletAttributions a, string via) =>
        string.Join(", ", a.Sources.Where(s => s.Via == via).Select(s => s.Name));

    private static string Kind(FactKind kind) => kind switch
    {
        FactKind.Quantity => "figure",
        FactKind.Role => "role",
        FactKind.Quote => "quote",
        _ => "claim",
    };

    // Model findings are marked: their quotes were checked, but their reading of them was not.
    private static string From(string origin) => origin == FindingOrigin.Model ? " _(model)_" : "";

    private static string Cell(string text) => Escape(text).Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    // Article text is data: it must not become markup (links, HTML, headings) in the report.
    private static string Escape(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;").Replace("[", "\\[").Replace("]", "\\]");
}
