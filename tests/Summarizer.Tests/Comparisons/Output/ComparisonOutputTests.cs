using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons.Output;

public sealed class ComparisonOutputTests
{
    internal static StoryComparison Sample()
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
    public void Markdown_names_articles_without_an_outlet_neutrally_and_gives_a_title_only_as_a_title()
    {
        var titled = SheetBuilder.For("Officials said 30 countries of the water alliance signed the pact. Talks ran late.", null, "Water pact signed")
            .Quantity("30", 30, "countries");
        var bare = SheetBuilder.For("Diplomats said 37 countries of the water alliance signed the pact. Nothing else.").Quantity("37", 37, "countries");
        var inputs = new[] { titled.Input(), bare.Input() };
        var names = OutletNames.Of(inputs);
        var comparison = new StoryComparer().Compare(inputs);

        string md = ComparisonMarkdown.Render([comparison]);

        Assert.NotEmpty(comparison.Conflicts);
        Assert.All(inputs, i => Assert.DoesNotContain(i.Article.Id, md));
        Assert.All(inputs, i => Assert.Contains($"| {names[i.Article.Id]} |", md));
        var mentioning = md.Split('\n').Where(l => l.Contains("Water pact signed")).ToList();
        Assert.Equal(["Outlets:"], mentioning.Select(l => l[..l.IndexOf(' ')]));
        Assert.Contains($"{names[titled.Article.Id]} (article titled", mentioning[0]);
    }

    [Fact]
    public void Markdown_says_so_when_no_story_has_two_articles() =>
        Assert.Contains("No story", ComparisonMarkdown.Render([]));
}
