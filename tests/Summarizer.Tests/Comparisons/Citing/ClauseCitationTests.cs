using Summarizer.Comparisons;
using Summarizer.Facts;

namespace Summarizer.Tests.Comparisons.Citing;

/// <summary>A sentence citing another outlet marks only the clause that carries the citation, not every figure of the sentence.</summary>
public sealed class ClauseCitationTests
{
    private static ComparisonInput Extracted(string text, string outlet)
    {
        var article = TestArticles.Make(text, outlet);
        return new ComparisonInput(article, new FactExtractor().Extract(article));
    }

    private static StoryComparison Compare(string apText) =>
        new StoryComparer().Compare([Extracted(apText, "AP"), Extracted("The fire killed 12 people on Monday. Officials said 40 people were injured.", "Reuters")]);

    private static Position ApPosition(StoryComparison comparison, string value) =>
        Assert.Single(comparison.Agreements.Where(a => a.Kind == FactKind.Quantity).SelectMany(a => a.Positions),
            p => p.Outlet == "AP" && p.Value.StartsWith(value, StringComparison.Ordinal));

    [Fact]
    public void Only_the_figure_of_the_clause_that_cites_the_outlet_is_marked()
    {
        var comparison = Compare("The fire killed 12 people, according to Reuters, and officials said 40 people were injured.");

        Assert.Equal("Reuters", ApPosition(comparison, "12").CitesOutlet);
        Assert.Null(ApPosition(comparison, "40").CitesOutlet);
    }

    [Fact]
    public void A_figure_the_outlet_states_before_a_clause_citing_another_is_its_own()
    {
        var comparison = Compare("The fire killed 12 people, and Reuters reported 40 people were injured.");

        Assert.Null(ApPosition(comparison, "12").CitesOutlet);
        Assert.Equal("Reuters", ApPosition(comparison, "40").CitesOutlet);
    }

    [Fact]
    public void An_attribution_after_its_clause_or_around_its_subject_keeps_the_clause_whole()
    {
        var reported = Compare("The fire killed 12 people, Reuters reported, and officials said 40 people were injured.");
        var citing = Compare("AP, citing Reuters, said the fire killed 12 people and 40 people were injured.");

        Assert.Equal("Reuters", ApPosition(reported, "12").CitesOutlet);
        Assert.Null(ApPosition(reported, "40").CitesOutlet);
        Assert.Equal("Reuters", ApPosition(citing, "12").CitesOutlet);
        Assert.Equal("Reuters", ApPosition(citing, "40").CitesOutlet);
    }
}
