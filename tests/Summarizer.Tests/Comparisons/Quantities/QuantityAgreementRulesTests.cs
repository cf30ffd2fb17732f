using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>Agreements only where values agree; conflicts only between figures about the same occasion.</summary>
public sealed class QuantityAgreementRulesTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    [Fact]
    public void Overlapping_ranges_and_a_vague_word_are_no_agreement()
    {
        var precise = SheetBuilder.For(
            "The envoy said securing the border would require at least 200,000 peacekeepers. " +
            "Later the envoy said the mission would work if 100,000 to 150,000 peacekeepers were deployed.", "Precise")
            .Quantity("200,000", 200000, "peacekeepers", qualifier: "at least")
            .Quantity("100,000 to 150,000", 100000, "peacekeepers", upper: 150000);
        var vague = SheetBuilder.For("The president suggested thousands of peacekeepers could eventually deploy to the border.", "Vague")
            .Quantity("thousands", 1000, "peacekeepers", qualifier: "thousands");

        var comparison = Compare(precise, vague);

        Assert.DoesNotContain(comparison.Agreements, a => a.Kind == FactKind.Quantity);
        Assert.Contains(comparison.SingleSource, s => s.Position.Outlet == "Vague" && s.Position.Value.Contains("thousands"));
        Assert.Contains(comparison.SingleSource, s => s.Position.Outlet == "Precise" && s.Position.Value.Contains("200,000"));
    }

    [Fact]
    public void A_vague_amount_never_agrees_with_a_precise_figure_it_contains()
    {
        var vague = SheetBuilder.For("Thousands of peacekeepers will patrol the border zone, officials said.", "A")
            .Quantity("Thousands", 1000, "peacekeepers", qualifier: "thousands");
        var precise = SheetBuilder.For("Officials said 5,000 peacekeepers will patrol the border zone.", "B")
            .Quantity("5,000", 5000, "peacekeepers");

        var comparison = Compare(vague, precise);

        Assert.Empty(comparison.Conflicts);
        Assert.DoesNotContain(comparison.Agreements, a => a.Kind == FactKind.Quantity);
    }

    [Fact]
    public void An_agreement_is_named_after_what_every_outlet_states()
    {
        var a = SheetBuilder.For("Officials said 40 countries joined the water alliance on Monday in Geneva.", "A").Quantity("40", 40, "countries");
        var b = SheetBuilder.For("The water alliance now counts 40 nations, diplomats said after a vote.", "B").Quantity("40", 40, "nations");

        var agreement = Assert.Single(Compare(a, b).Agreements);

        Assert.Contains("alliance", agreement.Statement);
        Assert.DoesNotContain("geneva", agreement.Statement, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("diplomats", agreement.Statement);
    }

    [Fact]
    public void Figures_of_different_years_are_not_in_conflict()
    {
        var earlier = SheetBuilder.For("In 2014, 30 countries joined the water alliance after the summit.", "A").Quantity("30", 30, "countries");
        var later = SheetBuilder.For("In 2015, 37 countries joined the water alliance after the summit.", "B").Quantity("37", 37, "countries");
        var sameYear = SheetBuilder.For("In 2015, 35 countries joined the water alliance after the summit.", "C").Quantity("35", 35, "countries");

        Assert.Empty(Compare(earlier, later).Conflicts);
        var conflict = Assert.Single(Compare(later, sameYear).Conflicts);
        Assert.Equal(2, conflict.Positions.Count);
    }

    [Fact]
    public void Ages_of_different_people_are_not_in_conflict()
    {
        var a = SheetBuilder.For("The striker, a 29-year-old from Leeds, signed on loan until the end of the season.", "A").Quantity("29", 29, "year");
        var b = SheetBuilder.For("The winger, a 32-year-old from Derby, joined the club on a free transfer.", "B").Quantity("32", 32, "year");

        Assert.Empty(Compare(a, b).Conflicts);
    }
}
