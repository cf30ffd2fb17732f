using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>A figure conflict is between outlets about one thing: each outlet's value once, never one outlet against itself.</summary>
public sealed class ConflictContextTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    [Fact]
    public void An_outlet_giving_two_values_that_cannot_both_be_true_counts_two_things_and_none_is_its_position()
    {
        var twice = SheetBuilder.For("At least 200,000 troops would be needed to patrol the border zone. Officials said 100,000 to 150,000 troops could patrol the border zone instead.", "A")
            .Quantity("200,000", 200000, "troops", qualifier: "at least").Quantity("100,000 to 150,000", 100000, "troops", upper: 150000);
        var other = SheetBuilder.For("Fewer than 30,000 soldiers would patrol the border zone, a paper said. Nothing else was said.", "B")
            .Quantity("30,000", 30000, "soldiers", qualifier: "fewer than");
        var consistent = SheetBuilder.For("At least 200,000 troops would be needed to patrol the border zone. The plan was vague.", "A")
            .Quantity("200,000", 200000, "troops", qualifier: "at least");

        Assert.Empty(Compare(twice, other).Conflicts);
        // The same two outlets do conflict when the first gives one value.
        Assert.Single(Compare(consistent, other).Conflicts);
    }

    [Fact]
    public void An_outlet_repeating_its_value_is_one_position_and_figures_nobody_disputes_stay_out()
    {
        var a = SheetBuilder.For("Officials said 30 members of the water alliance signed the pact. Later the 30 members of the water alliance met again.", "A")
            .Quantity("30", 30, "members").Quantity("30", 30, "members", occurrence: 1);
        var b = SheetBuilder.For("Diplomats said 37 countries belong to the water alliance now. Talks ran late.", "B").Quantity("37", 37, "countries");
        var c = SheetBuilder.For("Dozens of countries in the water alliance sent envoys. The hall was full.", "C")
            .Quantity("Dozens", 12, "countries", qualifier: "dozens");

        var conflict = Assert.Single(Compare(a, b, c).Conflicts);

        Assert.Equal(["A", "B"], conflict.Positions.Select(p => p.Outlet));
        Assert.DoesNotContain('(', conflict.Subject);
    }

    [Fact]
    public void Figures_disagree_only_when_their_own_sentences_share_what_they_are_about()
    {
        var dam = SheetBuilder.For("Officials said 12 countries pledged funding for the river dam. Rain fell.", "A").Quantity("12", 12, "countries");
        var bridge = SheetBuilder.For("Dozens of countries back the river dam and the fishing alliance. Talks went on.", "B")
            .Quantity("Dozens", 12, "countries", qualifier: "dozens");
        var fishing = SheetBuilder.For("Diplomats said 40 countries belong to the fishing alliance. Nothing else.", "C").Quantity("40", 40, "countries");
        var sameSubject = SheetBuilder.For("Diplomats said 40 countries pledged funding for the river dam. Nothing else.", "C").Quantity("40", 40, "countries");

        Assert.Empty(Compare(dam, bridge, fishing).Conflicts);
        Assert.Single(Compare(dam, bridge, sameSubject).Conflicts);
    }
}
