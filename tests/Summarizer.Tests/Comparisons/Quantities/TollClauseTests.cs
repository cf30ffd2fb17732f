using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Facts;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>
/// A figure's outcome is its own predicate's ("killed 12 people on Monday and injured 35": the 12 were killed), and a
/// number written without a noun counts people when its outcome is next to it ("officials said 40 were injured").
/// </summary>
public sealed class TollClauseTests
{
    private static ComparisonInput Extracted(string text, string outlet)
    {
        var article = TestArticles.Make(text, outlet);
        return new ComparisonInput(article, new FactExtractor().Extract(article));
    }

    private static StoryComparison Compare(params ComparisonInput[] inputs) => new StoryComparer().Compare(inputs);

    private static List<(int Start, int End)> Others(string sentence, string figure, params string[] others) =>
        others.Select(o => (sentence.IndexOf(o, StringComparison.Ordinal), sentence.IndexOf(o, StringComparison.Ordinal) + o.Length)).ToList();

    [Theory]
    [InlineData("A fire killed 12 people on Monday and injured 35, officials said.", "12 people", "35", "killed")]
    [InlineData("A fire killed 12 people on Monday and injured 35, officials said.", "35", "12 people", "injured")]
    [InlineData("The storm killed nine people in the north but spared the 40 houses of the valley.", "nine people", "40", "killed")]
    // No outcome before the figure: the words after "and" are still its predicate's.
    [InlineData("Twelve families and pets were evacuated on Monday.", "Twelve families", "", "evacuated")]
    [InlineData("Nine people were killed and 40 were hurt.", "Nine people", "40", "killed")]
    public void The_outcome_after_a_conjunction_is_another_predicates_when_one_before_the_figure_governs_it(
        string sentence, string figure, string other, string expected)
    {
        int at = sentence.IndexOf(figure, StringComparison.Ordinal);
        var others = other.Length == 0 ? [] : Others(sentence, figure, other);

        Assert.Equal(expected, Outcome.Of(sentence, at, at + figure.Length, others));
    }

    [Theory]
    [InlineData("Officials said 40 were injured.", "40", "injured")]
    [InlineData("The blast killed 12 and injured 35, officials said.", "35", "injured")]
    [InlineData("The blast killed at least 12 on Monday.", "12", "killed")]
    [InlineData("He was killed aged 25 in the crash.", "25", null)]
    [InlineData("Room 12 was where the injured lay.", "12", null)]
    [InlineData("The 40 who were rescued left the ship on Monday.", "40", null)]
    [InlineData("The founder died at 88 in hospital.", "88", null)]
    [InlineData("Her husband was killed at 40 in the war.", "40", null)]
    [InlineData("The blast killed at most 12 on Monday.", "12", "killed")]
    public void A_number_without_a_noun_takes_an_outcome_only_from_the_words_next_to_it(string sentence, string figure, string? expected)
    {
        int at = sentence.LastIndexOf(figure, StringComparison.Ordinal);
        var others = new[] { "12", "40", "35", "25" }.Where(f => f != figure && sentence.Contains(f))
            .Select(f => (sentence.IndexOf(f, StringComparison.Ordinal), sentence.IndexOf(f, StringComparison.Ordinal) + f.Length)).ToList();

        Assert.Equal(expected, Outcome.OfBare(sentence, at, at + figure.Length, others));
    }

    [Fact]
    public void Every_outlet_giving_a_toll_is_in_its_conflict_and_bare_counts_of_the_injured_conflict_too()
    {
        var ap = Extracted("A fire at a garment factory in Dhaka killed 12 people on Monday, according to Reuters, and officials said 40 were injured. " +
            "Rescue workers searched the building through the night.", "AP");
        var reuters = Extracted("A fire at a garment factory in Dhaka killed 12 people on Monday and injured 35, officials said. " +
            "Families gathered outside the factory gates.", "Reuters");
        var bbc = Extracted("At least 15 people were killed when a fire swept through a garment factory in Dhaka on Monday, and 40 were injured. " +
            "Families waited outside the factory gates.", "BBC");

        var comparison = Compare(ap, reuters, bbc);

        var killed = Assert.Single(comparison.Conflicts, c => c.Subject.Contains("killed"));
        Assert.Equal(["AP", "BBC", "Reuters"], killed.Positions.Select(p => p.Outlet).Order());
        Assert.Equal("Reuters", Assert.Single(killed.Positions, p => p.Outlet == "AP").CitesOutlet);
        Assert.Null(Assert.Single(killed.Positions, p => p.Outlet == "Reuters").CitesOutlet);
        var injured = Assert.Single(comparison.Conflicts, c => c.Subject.Contains("injured"));
        Assert.Equal(["AP:40", "BBC:40", "Reuters:35"], injured.Positions.Select(p => $"{p.Outlet}:{p.Value}").Order());
        var line = Assert.Single(comparison.Roundup, r => r.Text.Contains("killed", StringComparison.Ordinal) && r.Text.StartsWith("Outlets differ", StringComparison.Ordinal));
        Assert.Contains("12 people (AP, Reuters)", line.Text);
    }

    [Fact]
    public void The_same_rule_in_other_words_a_storm_and_its_hurt()
    {
        var a = Extracted("The storm killed seven people in the valley on Sunday and hurt 20, the county said. Roads were shut.", "North Wire");
        var b = Extracted("Nine people died when the storm hit the valley on Sunday, and 25 were hurt, the county said. Power was cut.", "South Post");

        var comparison = Compare(a, b);

        var killed = Assert.Single(comparison.Conflicts, c => c.Subject.Contains("killed"));
        Assert.Equal(["North Wire", "South Post"], killed.Positions.Select(p => p.Outlet).Order());
        var hurt = Assert.Single(comparison.Conflicts, c => c.Subject.Contains("injured"));
        Assert.Equal(["20", "25"], hurt.Positions.Select(p => p.Value).Order());
    }

    [Fact]
    public void An_age_at_death_is_no_toll_to_compare_with_another_outlets_dead()
    {
        var a = Extracted("The mill's founder, Harold Webb, died at 88 in hospital last year, his family said. The mill burned on Monday.", "North Wire");
        var b = Extracted("Three people died when the mill burned on Monday, the county said. Roads were shut.", "South Post");

        var comparison = Compare(a, b);

        Assert.DoesNotContain(comparison.Conflicts, c => c.Kind == FactKind.Quantity);
    }

    [Fact]
    public void A_number_without_a_noun_or_outcome_next_to_it_is_still_no_figure_to_compare()
    {
        var a = Extracted("The council met at 9 in the town hall on Monday, and the vote passed. Residents cheered.", "North Wire");
        var b = Extracted("The council met at 10 in the town hall on Monday, and the vote passed. Residents left.", "South Post");

        Assert.DoesNotContain(Compare(a, b).Conflicts, c => c.Kind == FactKind.Quantity);
    }
}
