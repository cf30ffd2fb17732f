using Summarizer.Summaries;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Verification;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer verify &lt;article-file&gt; &lt;summary-file&gt;</c>: checks a summary written by anyone (our JSON, or a
/// person's prose or markdown) against the article. Exit 0 when everything is supported, 3 when something is
/// unsupported or contradicted, 2 when a file cannot be read.
/// </summary>
internal static class VerifyCommand
{
    public const int ExitFindings = 3;

    public static Command Create()
    {
        var article = new Argument<string>("article-file") { Description = "The article (.txt, .md, .html, .json)" };
        var summary = new Argument<string>("summary-file") { Description = "The summary: Summarizer JSON, or plain text / markdown" };
        var command = new Command("verify", "Check a summary's numbers, names, roles and quotes against its article") { article, summary };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(article)!, parse.GetValue(summary)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string articlePath, string summaryPath, CancellationToken ct)
    {
        foreach (var path in new[] { articlePath, summaryPath }.Where(p => !File.Exists(p)))
        {
            await Console.Error.WriteLineAsync($"error: no such file: {path}");
            return 2;
        }
        using var host = await AppHost.StartAsync(ct);
        if (host is null) return 2;
        var verifier = new SummaryFileVerifier(host.Services.GetRequiredService<IFactExtractor>(),
            host.Services.GetRequiredService<ISummaryVerifier>(), host.Services.GetRequiredService<ArticleOptions>());
        Verdict verdict;
        try { verdict = await verifier.VerifyFilesAsync(articlePath, summaryPath, ct); }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        Print(verdict);
        return verdict.IsVerified ? 0 : ExitFindings;
    }

    /// <summary>The note first where there is one (it says what is wrong: "the article attributes this to …"), then the evidence.</summary>
    private static string EvidenceAndNote(Finding f) => (f.Evidence, f.Note) switch
    {
        (null, null) => "not found in the article",
        (null, { } note) => note,
        ({ } evidence, null or "") => evidence,
        ({ } evidence, { } note) => $"{note}: {evidence}",
    };

    private static void Print(Verdict verdict)
    {
        var console = Terminal.Create();
        var table = new Table().AddColumns("status", "kind", "claim", "note: evidence");
        foreach (var f in verdict.Findings.OrderBy(f => f.Status == FindingStatus.Supported))
            table.AddRow(new[] { f.Status.ToString().ToLowerInvariant(), f.Kind, f.Claim, EvidenceAndNote(f) }.Select(Markup.Escape).ToArray());
        console.Write(table);
        console.WriteLine($"score {verdict.Score:0.00}: {verdict.Count(FindingStatus.Supported)} supported, " +
            $"{verdict.Count(FindingStatus.Unsupported)} unsupported, {verdict.Count(FindingStatus.Contradicted)} contradicted — " +
            (verdict.IsVerified ? "verified" : "NOT verified"));
    }
}
