using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>Figures are compared by what happened to what they count (the killed, the injured), not by unit alone.</summary>
public sealed class OutcomeTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static SheetBuilder Toll(string outlet, string text, params (string Text, double Value, string Unit)[] figures)
    {
        var sheet = SheetBuilder.For(text, outlet);
        foreach (var (t, v, u) in figures) sheet.Quantity(t, v, u);
        return sheet;
    }

    [Fact]
    public void A_second_figure_of_another_outcome_does_not_hide_the_conflict_on_the_first()
    {
        var a = Toll("North Wire", "Nine miners were killed and 40 miners were injured when a tunnel collapsed at the quarry on Monday. Rescue work went on.",
            ("Nine", 9, "miners"), ("40", 40, "miners"));
        var b = Toll("South Post", "Eleven miners were killed when a tunnel collapsed at the quarry on Monday, officials said. The site is closed.",
            ("Eleven", 11, "miners"));

        var comparison = Compare(a, b);

        var conflict = Assert.Single(comparison.Conflicts, c => c.Kind == FactKind.Quantity);
        Assert.Contains("killed", conflict.Subject);
        Assert.Equal(["Eleven miners", "Nine miners"], conflict.Positions.Select(p => p.Value).Order());
        Assert.Contains(comparison.SingleSource, s => s.Position.Value.StartsWith("40"));
    }

    [Fact]
    public void The_dead_and_the_injured_conflict_each_with_their_own_kind_across_four_outlets()
    {
        var a = Toll("A", "At least 9 people were killed and 20 others injured in the quarry collapse on Monday. Work stopped.",
            ("At least 9", 9, "people"), ("20", 20, "others"));
        var b = Toll("B", "At least 9 people have died in a quarry collapse in the hills, officials say. The site is closed.", ("At least 9", 9, "people"));
        var c = Toll("C", "Seven people were killed and 25 people were hurt when the quarry tunnel collapsed. Rescue went on.",
            ("Seven", 7, "people"), ("25", 25, "people"));
        var d = Toll("D", "Seven people died in the quarry collapse on Monday morning, the county said. Families gathered.", ("Seven", 7, "people"));

        var comparison = Compare(a, b, c, d);

        var killed = Assert.Single(comparison.Conflicts, x => x.Subject.Contains("killed"));
        Assert.Equal(["A", "B", "C", "D"], killed.Positions.Select(p => p.Outlet).Order());
        var injured = Assert.Single(comparison.Conflicts, x => x.Subject.Contains("injured"));
        Assert.Equal(["A", "C"], injured.Positions.Select(p => p.Outlet).Order());
        // Neither toll is an agreement across the outlets that contradict it.
        Assert.DoesNotContain(comparison.Agreements, x => x.Kind == FactKind.Quantity
            && x.Positions.Select(p => p.Outlet).Intersect(["A", "C"]).Count() == 2);
    }

    [Fact]
    public void A_headcount_does_not_conflict_with_a_death_toll_in_the_same_unit()
    {
        var a = Toll("A", "The mill, which employs roughly 300 workers, was closed after the collapse on Monday. Inspectors came.", ("roughly 300", 300, "workers"));
        var b = Toll("B", "Eight workers were killed when the mill roof collapsed on Monday, police said. Inspectors came.", ("Eight", 8, "workers"));

        var comparison = Compare(a, b);

        Assert.DoesNotContain(comparison.Conflicts, x => x.Kind == FactKind.Quantity);
    }

    [Theory]
    [InlineData("Nine people were killed and 40 were hurt.", "Nine", "killed")]
    [InlineData("Nine people were killed and 40 were hurt.", "40", "injured")]
    [InlineData("The blast killed at least 15 on Monday.", "15", "killed")]
    [InlineData("The death toll rose to 15 on Monday.", "15", "killed")]
    [InlineData("The plant employs 450 workers.", "450", null)]
    [InlineData("It was killed off, and 30 people came.", "30", null)]
    public void The_outcome_is_read_from_the_figures_own_clause(string sentence, string figure, string? expected)
    {
        var others = new[] { "Nine", "40", "15", "450", "30" }.Where(f => f != figure && sentence.Contains(f))
            .Select(f => (sentence.IndexOf(f, StringComparison.Ordinal), sentence.IndexOf(f, StringComparison.Ordinal) + f.Length)).ToList();
        int at = sentence.IndexOf(figure, StringComparison.Ordinal);

        Assert.Equal(expected, Outcome.Of(sentence, at, at + figure.Length, others));
    }

    [Theory]
    [InlineData("A crowd of 2,000, many of them injured, fled the square.", "2,000", null)]
    [InlineData("Some 2,000 were injured as the crowd fled the square.", "2,000", "injured")]
    public void A_break_right_after_a_figure_ends_the_clause_its_outcome_is_read_from(string sentence, string figure, string? expected)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal(expected, Outcome.Of(sentence, start, start + figure.Length, []));
    }

    [Fact]
    public void One_figure_counted_by_two_nouns_is_one_value_of_the_conflict_line()
    {
        var a = Toll("North Wire", "Nine people were killed and 28 others were injured when a tunnel collapsed at the quarry on Monday. Work stopped.",
            ("Nine", 9, "people"), ("28", 28, "others"));
        var b = Toll("South Post", "Nine people died and 28 people were injured when a tunnel collapsed at the quarry on Monday. The site is closed.",
            ("Nine", 9, "people"), ("28", 28, "people"));
        var c = Toll("East Herald", "Nine people died and 30 people were injured when a tunnel collapsed at the quarry on Monday. Roads were shut.",
            ("Nine", 9, "people"), ("30", 30, "people"));

        var comparison = Compare(a, b, c);

        var line = Assert.Single(comparison.Roundup, r => r.Text.StartsWith("Outlets differ on", StringComparison.Ordinal) && r.Text.Contains("injured", StringComparison.Ordinal));
        Assert.Contains("(North Wire, South Post)", line.Text);
        Assert.Contains("30 people (East Herald)", line.Text);
    }
    [Fact]
    public void A_figure_written_in_words_is_one_value_with_the_same_figure_in_digits()
    {
        var ap = Toll("AP", "12 people were killed when a tunnel collapsed at the quarry on Monday, officials said. Work stopped.",
            ("12", 12, "people"));
        var reuters = Toll("Reuters", "14 people were killed when a tunnel collapsed at the quarry on Monday, police said. Roads were shut.",
            ("14", 14, "people"));
        var bbc = Toll("BBC", "Twelve people died when a tunnel collapsed at the quarry on Monday, the county said. The site is closed.",
            ("Twelve", 12, "people"));

        var comparison = Compare(ap, reuters, bbc);

        var line = Assert.Single(comparison.Roundup, r => r.Text.StartsWith("Outlets differ on", StringComparison.Ordinal));
        Assert.Contains("12 people (AP, BBC)", line.Text);
        Assert.Contains("14 people (Reuters)", line.Text);
        Assert.DoesNotContain("Twelve", line.Text);
    }
}
