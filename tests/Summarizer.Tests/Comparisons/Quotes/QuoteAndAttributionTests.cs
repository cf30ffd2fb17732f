using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons.Quotes;

public sealed class QuoteAndAttributionTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    [Fact]
    public void The_same_quote_in_other_quote_marks_is_an_agreement_and_a_lone_quote_is_single_source()
    {
        var a = SheetBuilder.For("The mayor said: “We will rebuild the bridge by next spring.” Later she added: “Nobody will pay more tax.”", "A")
            .Quote("We will rebuild the bridge by next spring.", "Mayor Ines Duval").Quote("Nobody will pay more tax.", "Ines Duval");
        var b = SheetBuilder.For("\"We will rebuild the bridge by next spring,\" the mayor told reporters. The bridge fell in May.", "B")
            .Quote("We will rebuild the bridge by next spring,", "the mayor");

        var comparison = Compare(a, b);

        var agreement = Assert.Single(comparison.Agreements);
        Assert.Equal(FactKind.Quote, agreement.Kind);
        Assert.Equal(["A", "B"], agreement.Positions.Select(p => p.Outlet).Order());
        var single = Assert.Single(comparison.SingleSource);
        Assert.Contains("Nobody will pay more tax", single.Statement);
    }

    [Fact]
    public void Attributions_list_cited_outlets_and_quoted_people_by_full_name_per_article()
    {
        var a = SheetBuilder.For("Health Minister Jan Novak opened a hospital, Reuters reported. “It is a good day,” Novak said.", "A")
            .Person("Jan Novak", "Health Minister").Attribution("Reuters", "reported").Quote("It is a good day,", "Novak");
        var b = SheetBuilder.For("A hospital opened on Monday, according to the AP. Staff cheered.", "B").Attribution("AP", "according to");

        var comparison = Compare(a, b);

        var ofA = Assert.Single(comparison.Attributions, x => x.Outlet == "A");
        Assert.Contains(ofA.Sources, s => s.Name == "Reuters" && s.Via == "attribution");
        Assert.Contains(ofA.Sources, s => s.Name == "Jan Novak" && s.Via == "quote");
        var ofB = Assert.Single(comparison.Attributions, x => x.Outlet == "B");
        Assert.Equal(["AP"], ofB.Sources.Select(s => s.Name));
    }
}
