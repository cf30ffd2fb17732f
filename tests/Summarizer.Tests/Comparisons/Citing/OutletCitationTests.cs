using Microsoft.Extensions.Options;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;
using Summarizer.Comparisons.Output;
using Summarizer.Comparisons.Roundup;
using Summarizer.Facts;

namespace Summarizer.Tests.Comparisons.Citing;

/// <summary>An outlet attributing a fact to another outlet of the story repeats it: it is not an independent source.</summary>
public sealed class OutletCitationTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static SheetBuilder Citing(string outlet, string cited) =>
        SheetBuilder.For($"Twelve people died in the warehouse fire, according to {cited}. Firefighters worked through the night.", outlet)
            .Quantity("Twelve", 12, "person").Attribution(cited, "according to");

    private static SheetBuilder Stating(string outlet) =>
        SheetBuilder.For($"Twelve people died in the warehouse fire on Monday. The cause is not known, {outlet} was told.", outlet).Quantity("Twelve", 12, "person");

    [Fact]
    public void An_outlet_citing_another_outlet_of_the_agreement_is_marked_and_not_counted_as_independent()
    {
        var agreement = Assert.Single(Compare(Citing("AP", "Reuters"), Stating("Reuters")).Agreements);

        Assert.Equal(2, agreement.ArticleCount);
        Assert.Equal(1, agreement.IndependentOutlets);
        Assert.Equal("Reuters", Assert.Single(agreement.Positions, p => p.Outlet == "AP").CitesOutlet);
        Assert.Null(Assert.Single(agreement.Positions, p => p.Outlet == "Reuters").CitesOutlet);
    }

    [Fact]
    public void Citations_are_read_from_the_extracted_attributions_of_the_articles()
    {
        static ComparisonInput Extracted(string text, string outlet)
        {
            var article = TestArticles.Make(text, outlet);
            return new ComparisonInput(article, new FactExtractor().Extract(article));
        }
        var ap = Extracted("12 people died in the warehouse fire, according to Reuters. Firefighters worked through the night.", "AP");
        var reuters = Extracted("12 people died in the warehouse fire on Monday. The cause is not known.", "Reuters");

        var agreement = Assert.Single(new StoryComparer().Compare([ap, reuters]).Agreements, a => a.Kind == FactKind.Quantity);

        Assert.Equal(1, agreement.IndependentOutlets);
        Assert.Equal("Reuters", Assert.Single(agreement.Positions, p => p.Outlet == "AP").CitesOutlet);
    }

    [Fact]
    public async Task A_models_findings_are_marked_as_the_rules_are_and_its_own_marks_are_not_kept()
    {
        var inputs = new[] { Citing("AP", "Reuters").Input(), Stating("Reuters").Input() };
        var service = new ComparisonService(new StoryComparer(), Options.Create(new ComparisonOptions()), new ModelAgreeing());

        var comparison = (await service.CompareStoryAsync(inputs, default)).Comparison!;

        var model = Assert.Single(comparison.Agreements, a => a.Origin == FindingOrigin.Model);
        Assert.Equal("Reuters", Assert.Single(model.Positions, p => p.Outlet == "AP").CitesOutlet);
        Assert.Null(Assert.Single(model.Positions, p => p.Outlet == "Reuters").CitesOutlet);
        Assert.Equal(1, model.IndependentOutlets);
    }

    // A model stating the fire's toll from both articles' first sentences, claiming Reuters cites AP.
    private sealed class ModelAgreeing : IStoryComparisonModel
    {
        public Task<StoryComparison> ExtendAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
        {
            var positions = inputs.Select(i => new Position(i.Article.Id, i.Outlet, "died in the warehouse fire", i.Article.Sentences[0].Text, 0)
                { CitesOutlet = i.Outlet == "Reuters" ? "AP" : null }).ToList();
            return Task.FromResult(rules with { Agreements = [.. rules.Agreements, new Agreement(FactKind.Claim, "the fire killed people", positions) { Origin = FindingOrigin.Model }] });
        }
    }

    [Fact]
    public void A_third_outlet_stating_it_on_its_own_is_independent()
    {
        var agreement = Assert.Single(Compare(Citing("AP", "Reuters"), Stating("Reuters"), Stating("BBC")).Agreements);

        Assert.Equal(3, agreement.ArticleCount);
        Assert.Equal(2, agreement.IndependentOutlets);
    }

    [Fact]
    public void Outlet_names_match_whatever_their_case_and_through_the_aliases_the_lexicon_knows()
    {
        var byCase = Assert.Single(Compare(Citing("ap", "Reuters"), Stating("REUTERS")).Agreements);
        var byAlias = Assert.Single(Compare(Citing("Reuters", "the Associated Press"), Stating("AP")).Agreements);

        Assert.Equal("REUTERS", Assert.Single(byCase.Positions, p => p.Outlet == "ap").CitesOutlet);
        Assert.Equal(1, byCase.IndependentOutlets);
        Assert.Equal("AP", Assert.Single(byAlias.Positions, p => p.Outlet == "Reuters").CitesOutlet);
    }

    [Fact]
    public void Citing_an_outlet_outside_the_story_or_itself_is_no_citation_of_the_story()
    {
        var outside = Assert.Single(Compare(Citing("AP", "Bloomberg"), Stating("Reuters")).Agreements);
        var itself = Assert.Single(Compare(Citing("Reuters", "Reuters"), Stating("AP")).Agreements);

        Assert.All(outside.Positions.Concat(itself.Positions), p => Assert.Null(p.CitesOutlet));
        Assert.Equal(2, outside.IndependentOutlets);
        Assert.Equal(2, itself.IndependentOutlets);
    }

    [Fact]
    public void Markdown_and_json_say_whom_a_position_cites_and_how_many_outlets_are_independent()
    {
        var comparison = Compare(Citing("AP", "Reuters"), Stating("Reuters"));

        string md = ComparisonMarkdown.Render([comparison]);
        string json = StoryComparisonJson.Serialize(comparison);

        Assert.Contains("2 outlets (1 independent)", md);
        Assert.Contains("AP, citing Reuters", md);
        Assert.Contains("\"citesOutlet\":\"Reuters\"", json.Replace(" ", ""));
        Assert.Contains("\"independentOutlets\":1", json.Replace(" ", ""));
        Assert.Equal("Reuters", StoryComparisonJson.TryParse(json, out _)!.Agreements[0].Positions.Single(p => p.Outlet == "AP").CitesOutlet);
    }

    [Fact]
    public void The_roundup_does_not_present_an_outlet_echoed_by_one_citing_it_as_outlets_agreeing()
    {
        var echoed = Compare(Citing("AP", "Reuters"), Stating("Reuters"));
        var independent = Compare(Citing("AP", "Bloomberg"), Stating("Reuters"));

        Assert.DoesNotContain(echoed.Roundup, r => r.Part == RoundupPart.Agreement);
        Assert.Contains(independent.Roundup, r => r.Part == RoundupPart.Agreement);
    }
}
