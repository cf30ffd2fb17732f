using System.Text.Json;
using Summarizer.Summaries;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification;

public class SummaryFileVerifierTests
{
    private static string SeedPath(string prefix) =>
        Directory.GetFiles(Summarizer.Testing.SeedArticles.Folder, prefix + "_*").Single();

    [Fact]
    public async Task Reads_structured_summary_json_as_the_pipeline_writes_it()
    {
        var summary = new StructuredSummary
        {
            Id = "x", Headline = "UK and France plan a force", Lede = "", Engine = "extractive",
            People = [new SummaryPerson("Keir Starmer", ["Defense Secretary"])],
        };
        string json = JsonSerializer.Serialize(summary, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Contains("\"people\"", json);
        string path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        try
        {
            var verdict = await new SummaryFileVerifier().VerifyFilesAsync(SeedPath("001"), path);
            Assert.Contains(verdict.Findings, f => f.Kind == "role" && f.Status == FindingStatus.Contradicted);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Reads_markdown_written_by_a_person()
    {
        const string markdown = "# Summary\n\n- **British Prime Minister Keir Starmer** backs the plan\n- The [Guardian](https://x) says it is *less than 30 thousand people*\n";
        Assert.Null(SummaryFileVerifier.TryParseStructured(markdown));
        var verdict = new SummaryFileVerifier().Verify(Seed("001"), markdown);
        Assert.Contains(verdict.Findings, f => f.Kind == "role" && f.Status == FindingStatus.Supported);
        Assert.Contains(verdict.Findings, f => f.Kind == "quantity" && f.Status == FindingStatus.Supported);
        Assert.DoesNotContain(verdict.Findings, f => f.Claim.Contains("**") || f.Claim.Contains("https"));
    }

    [Fact]
    public void Broken_json_falls_back_to_text_instead_of_throwing()
    {
        var verdict = new SummaryFileVerifier().Verify(Seed("001"), "{ \"headline\": \"Starmer and 30 thousand people\", ");
        Assert.InRange(verdict.Score, 0, 1);
    }

    [Fact]
    public void Markdown_list_items_become_sentences()
    {
        string text = SummaryFileVerifier.StripMarkdown("## Title\n* first point\n1. second point\n> quoted\n");
        Assert.Equal("Title.\nfirst point.\nsecond point.\nquoted.\n", text);
    }
}
