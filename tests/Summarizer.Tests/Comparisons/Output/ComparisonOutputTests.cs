using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons.Output;

public sealed class ComparisonOutputTests
{
    private static StoryComparison Sample()
    {
        var a = SheetBuilder.For("Officials said 30 members of the water alliance signed. A | pipe and <b>tag</b> appear here.", "Daily Planet")
            .Quantity("30", 30, "members");
        var b = SheetBuilder.For("Diplomats said 37 countries belong to the alliance now. Talks ran late.", "Metro Herald")
            .Quantity("37", 37, "countries");
        return new StoryComparer().Compare([a.Input(), b.Input()]);
    }

    [Fact]
    public void Markdown_has_a_table_per_conflict_with_a_row_per_outlet()
    {
        var comparison = Sample();
        string md = ComparisonMarkdown.Render([comparison]);

        Assert.Contains("## Cross-source comparison", md);
        Assert.Contains(comparison.StoryId, md);
        var rows = md.Split('\n').Where(l => l.StartsWith("| Daily Planet") || l.StartsWith("| Metro Herald")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("37 countries"));
        Assert.DoesNotContain("<b>", md);
    }

    [Fact]
    public void Markdown_opens_each_story_with_its_roundup_and_the_sentences_it_rests_on()
    {
        var comparison = Sample();
        string md = ComparisonMarkdown.Render([comparison]);

        Assert.NotEmpty(comparison.Roundup);
        int roundupAt = md.IndexOf("**Roundup**", StringComparison.Ordinal);
        Assert.True(roundupAt >= 0 && roundupAt < md.IndexOf("**Conflict", StringComparison.Ordinal));
        foreach (var sentence in comparison.Roundup)
            foreach (var source in sentence.Sources)
                Assert.Contains($"{source.Outlet} s{source.SentenceId}", md);
    }

    [Fact]
    public void Markdown_says_so_when_no_story_has_two_articles() =>
        Assert.Contains("No story", ComparisonMarkdown.Render([]));

    [Fact]
    public async Task Writer_puts_each_story_in_stories_folder_as_camel_case_json()
    {
        var comparison = Sample();
        string folder = Path.Combine(Path.GetTempPath(), "cmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = await ComparisonWriter.WriteAsync(folder, [comparison], CancellationToken.None);

            string path = Path.Combine(folder, Assert.Single(written));
            Assert.Equal(Path.Combine(folder, "stories", comparison.StoryId + ".json"), path);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            var root = json.RootElement;
            Assert.Equal(comparison.StoryId, root.GetProperty("storyId").GetString());
            Assert.Equal(2, root.GetProperty("articles").GetArrayLength());
            Assert.Equal("quantity", root.GetProperty("conflicts")[0].GetProperty("kind").GetString());
            Assert.Equal(0, root.GetProperty("droppedPositions").GetInt32());
            Assert.True(root.TryGetProperty("singleSource", out _));
            var roundup = root.GetProperty("roundup");
            Assert.Equal(comparison.Roundup.Count, roundup.GetArrayLength());
            Assert.Equal(comparison.Roundup[0].Sources[0].ArticleId, roundup[0].GetProperty("sources")[0].GetProperty("articleId").GetString());
            Assert.Empty(Directory.GetFiles(Path.Combine(folder, "stories"), "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writer_refuses_a_story_id_that_is_a_path() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            ComparisonWriter.WriteAsync(Path.GetTempPath(), [Sample() with { StoryId = "../escape" }], CancellationToken.None));
}
