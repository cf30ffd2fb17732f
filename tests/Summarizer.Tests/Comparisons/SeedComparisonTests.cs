using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Summaries;
using Xunit.Abstractions;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Output;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Tests.Comparisons;

public sealed class SeedComparisonTests(ITestOutputHelper output)
{
    private static readonly Lazy<(List<ComparisonInput> Inputs, ComparisonRun Run)> Seeds = new(() =>
    {
        var inputs = SeedInputs.All();
        return (inputs, new StoryComparer().CompareRun(inputs));
    });

    private static StoryComparison Comparison => Assert.Single(Seeds.Value.Run.Comparisons);

    private static string IdOf(int seed) => Seeds.Value.Inputs[seed].Article.Id;

    [Fact]
    public void The_five_seeds_are_one_story()
    {
        // Printed for whoever reads the test log: what the comparison of the seeds looks like.
        output.WriteLine(ComparisonMarkdown.Render([Comparison]));
        output.WriteLine(RoundupBuilder.Text(Comparison.Roundup));
        output.WriteLine(JsonSerializer.Serialize(Comparison, SummaryJson.Options));
        var story = Assert.Single(Seeds.Value.Run.Stories);
        Assert.Equal(5, story.ArticleIds.Count);
    }

    [Fact]
    public void The_size_of_the_group_of_countries_is_a_conflict_between_three_outlets()
    {
        var conflict = Assert.Single(Comparison.Conflicts, c => c.Positions.Any(p => p.Value.Contains("37")));
        Assert.Equal(FactKind.Quantity, conflict.Kind);
        Assert.Contains(conflict.Positions, p => p.ArticleId == IdOf(0) && p.Value.StartsWith("30") && p.Sentence.Contains("30 members"));
        Assert.Contains(conflict.Positions, p => p.ArticleId == IdOf(3) && p.Sentence.Contains("37 countries"));
        Assert.Contains(conflict.Positions, p => p.ArticleId == IdOf(4) && p.Sentence.Contains("35-nation"));
        Assert.DoesNotContain(conflict.Positions, p => p.Value.Contains("15"));
    }

    [Fact]
    public void A_count_about_something_else_is_single_source_and_a_back_reference_is_no_claim()
    {
        Assert.DoesNotContain(Comparison.Conflicts.SelectMany(c => c.Positions), p => p.Value.Contains("15 countries"));
        Assert.Contains(Comparison.SingleSource, s => s.Position.Value == "15 countries" && s.Position.ArticleId == IdOf(0));
        // "the two countries' military circles" refers to countries already named.
        Assert.DoesNotContain(Comparison.SingleSource.Select(s => s.Position).Concat(Comparison.Conflicts.SelectMany(c => c.Positions)),
            p => p.Value == "two countries");
    }

    [Fact]
    public void Every_figure_conflict_is_between_outlets_each_giving_one_value()
    {
        var figures = Comparison.Conflicts.Where(c => c.Kind == FactKind.Quantity).ToList();

        Assert.NotEmpty(figures);
        foreach (var conflict in figures)
        {
            Assert.True(conflict.Positions.Select(p => p.ArticleId).Distinct().Count() >= 2, conflict.Subject);
            Assert.All(conflict.Positions.GroupBy(p => p.ArticleId), g => Assert.Single(g));
        }
    }

    [Fact]
    public void The_article_giving_two_offices_is_named_in_the_roundups_role_line_with_its_two_values()
    {
        var conflict = Assert.Single(Comparison.Conflicts, c => c.Kind == FactKind.Role && c.Subject.Contains("Starmer"));
        var line = Assert.Single(Comparison.Roundup, r => r.Text.Contains(" gives two accounts of " + conflict.Subject, StringComparison.Ordinal));

        // The article's two offices, two values, and no other outlet's.
        Assert.Equal(2, line.Text.Split(';').Length);
        Assert.All(line.Sources, s => Assert.Equal(IdOf(2), s.ArticleId));
    }

    [Fact]
    public void A_person_given_a_second_office_by_an_article_that_also_gives_the_others_office_is_its_inconsistency()
    {
        // Article 2 calls Starmer both "British Defense Secretary" and "British Prime Minister"; the others say Prime Minister.
        var conflict = Assert.Single(Comparison.Conflicts, c => c.Kind == FactKind.Role && c.Subject.Contains("Starmer"));
        Assert.Equal(IdOf(2), conflict.Within);
        Assert.All(conflict.Positions, p => Assert.Equal(IdOf(2), p.ArticleId));
        Assert.Contains(conflict.Positions, p => p.Value.Contains("Defense Secretary"));
        Assert.Contains(conflict.Positions, p => p.Value.Contains("Prime Minister"));
        var agreed = Assert.Single(Comparison.Agreements, a => a.Kind == FactKind.Role && a.Statement.Contains("Starmer"));
        Assert.True(agreed.ArticleCount >= 4);
    }

    [Fact]
    public void The_same_office_in_other_words_is_not_a_conflict()
    {
        Assert.DoesNotContain(Comparison.Conflicts, c => c.Subject.Contains("Healey") || c.Subject.Contains("Pistorius") || c.Subject.Contains("Macron"));
        Assert.Contains(Comparison.Agreements, a => a.Statement.Contains("Healey") && a.ArticleCount == 2);
    }

    [Fact]
    public void Each_outlets_cited_sources_are_listed()
    {
        var first = Assert.Single(Comparison.Attributions, a => a.ArticleId == IdOf(0));
        var cited = first.Sources.Where(s => s.Via == "attribution").Select(s => s.Name).ToList();
        Assert.Contains("Bloomberg", cited);
        Assert.Contains("The New York Times", cited);
        Assert.Contains(first.Sources, s => s.Via == "quote" && s.Name == "Dovile Sakaliene");
        var third = Assert.Single(Comparison.Attributions, a => a.ArticleId == IdOf(2));
        Assert.Contains(third.Sources, s => s.Name == "The Wall Street Journal");
    }
}
