using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Quantities;

public sealed class QuantityComparisonTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static SheetBuilder Planet() => SheetBuilder.For(
        "Leaders met in Geneva on Monday to discuss the water treaty. Officials said 30 members of the water alliance have signed the treaty. " +
        "Separately, 12 countries pledged emergency funding for dams.", "Daily Planet")
        .Quantity("30", 30, "members").Quantity("12", 12, "countries");

    private static SheetBuilder Herald() => SheetBuilder.For(
        "A water treaty was debated in Geneva this week. Diplomats said 37 countries now belong to the alliance behind the treaty. " +
        "The talks ran late into the night.", "Metro Herald")
        .Quantity("37", 37, "countries");

    private static SheetBuilder Gazette() => SheetBuilder.For(
        "Geneva hosted treaty talks on water rights. The 35-nation alliance will meet again next month. Critics called the plan vague.", "City Gazette")
        .Quantity("35-nation", 35, "nation");

    [Fact]
    public void Same_count_worded_differently_by_three_outlets_is_one_conflict_with_each_outlets_position()
    {
        var comparison = Compare(Planet(), Herald(), Gazette());

        var conflict = Assert.Single(comparison.Conflicts, c => c.Kind == FactKind.Quantity);
        Assert.Equal(["City Gazette", "Daily Planet", "Metro Herald"], conflict.Positions.Select(p => p.Outlet).Order());
        Assert.Equal(3, conflict.Positions.Select(p => p.ArticleId).Distinct().Count());
        Assert.Contains(conflict.Positions, p => p.Value.StartsWith("30") && p.Outlet == "Daily Planet");
        Assert.Contains(conflict.Positions, p => p.Value.StartsWith("37") && p.Outlet == "Metro Herald");
        Assert.Contains(conflict.Positions, p => p.Value.StartsWith("35") && p.Outlet == "City Gazette");
        foreach (var p in conflict.Positions) Assert.Contains(p.Value.Split(' ')[0], p.Sentence);
        // Plain words naming what is counted, no list of the words that aligned the figures.
        Assert.Contains("countries", conflict.Subject);
        Assert.DoesNotContain('(', conflict.Subject);
    }

    [Fact]
    public void A_figure_counting_the_same_unit_about_something_else_stays_out_and_is_single_source()
    {
        var comparison = Compare(Planet(), Herald(), Gazette());

        Assert.DoesNotContain(comparison.Conflicts.SelectMany(c => c.Positions), p => p.Value.StartsWith("12"));
        var single = Assert.Single(comparison.SingleSource, s => s.Kind == FactKind.Quantity);
        Assert.StartsWith("12 countries", single.Statement);
        Assert.Equal("Daily Planet", single.Position.Outlet);
    }

    [Fact]
    public void Equal_values_are_an_agreement_not_a_conflict()
    {
        var a = SheetBuilder.For("Officials said 40 countries joined the alliance on Monday. The weather was mild.", "A").Quantity("40", 40, "countries");
        var b = SheetBuilder.For("The alliance now counts 40 nations, diplomats said. Talks continue.", "B").Quantity("40", 40, "nations");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        var agreement = Assert.Single(comparison.Agreements);
        Assert.Equal(FactKind.Quantity, agreement.Kind);
        Assert.Equal(2, agreement.ArticleCount);
    }

    [Fact]
    public void Qualifiers_decide_whether_figures_can_both_be_true()
    {
        var fewer = SheetBuilder.For("Fewer than 30,000 soldiers would patrol the border zone. Nothing else was said.", "A")
            .Quantity("30,000", 30000, "soldiers", qualifier: "fewer than");
        var thousands = SheetBuilder.For("Thousands of troops would patrol the border zone, he said. More later.", "B")
            .Quantity("Thousands", 1000, "troops", qualifier: "thousands");
        var atLeast = SheetBuilder.For("At least 200,000 troops are needed to patrol the border zone. The plan is vague.", "C")
            .Quantity("200,000", 200000, "troops", qualifier: "at least");

        Assert.Empty(Compare(fewer, thousands).Conflicts);
        var conflict = Assert.Single(Compare(fewer, thousands, atLeast).Conflicts);
        Assert.Contains(conflict.Positions, p => p.Outlet == "C");
    }

    [Fact]
    public void Counts_of_the_same_specific_thing_with_no_shared_context_are_aligned_by_unit_and_say_so()
    {
        var a = SheetBuilder.For("The president said securing the region would require 200,000 peacekeepers. He spoke on Monday.", "A")
            .Quantity("200,000", 200000, "peacekeepers");
        var b = SheetBuilder.For("The contingent would number fewer than 30,000 soldiers, a newspaper said. It gave no source.", "B")
            .Quantity("30,000", 30000, "soldiers", qualifier: "fewer than");

        var conflict = Assert.Single(Compare(a, b).Conflicts);
        Assert.Contains("unit only", conflict.Subject);
        var contextOnly = new StoryComparer(Microsoft.Extensions.Options.Options.Create(new ComparisonOptions { AlignByUnitAlone = false }));
        Assert.Empty(contextOnly.Compare([a.Input(), b.Input()]).Conflicts);
    }

    [Fact]
    public void Measures_are_never_aligned_by_unit_alone()
    {
        var a = SheetBuilder.For("Inflation rose to 3 percent in May, the bureau said. Prices of bread led.", "A").Quantity("3 percent", 3, "percent");
        var b = SheetBuilder.For("The mayor's approval fell to 40 percent in a new poll. Voters were unhappy.", "B").Quantity("40 percent", 40, "percent");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        Assert.Equal(2, comparison.SingleSource.Count);
    }

    [Fact]
    public void A_missing_unit_is_read_from_the_noun_after_the_number()
    {
        var a = SheetBuilder.For("Officials said 30 members of the water alliance signed. Rain fell.", "A").Quantity("30", 30, null);
        var b = SheetBuilder.For("Diplomats said 37 countries belong to the alliance now. Talks ran late.", "B").Quantity("37", 37, null);

        Assert.Single(Compare(a, b).Conflicts);
    }

    [Fact]
    public void The_same_person_spelled_differently_near_two_figures_links_them()
    {
        var a = SheetBuilder.For("Kovalenkko wants 300 soldiers on the river. Nothing else happened.", "A")
            .Person("Oleksandr Kovalenkko").Quantity("300", 300, "soldiers");
        var b = SheetBuilder.For("An aide to Kovalenko spoke of 500 troops there. Talks went on.", "B")
            .Person("Oleksandr Kovalenko").Quantity("500", 500, "troops");
        var contextOnly = new StoryComparer(Microsoft.Extensions.Options.Options.Create(new ComparisonOptions { AlignByUnitAlone = false }));

        var conflict = Assert.Single(contextOnly.Compare([a.Input(), b.Input()]).Conflicts);
        Assert.DoesNotContain("unit only", conflict.Subject);
    }
}
