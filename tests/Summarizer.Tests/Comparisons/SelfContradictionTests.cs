using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons;

/// <summary>
/// A conflict is outlets disagreeing: an article that gives two values itself while the other outlet gives one of them
/// is at odds with itself, reported as that article's inconsistency (its own positions), never as outlets conflicting.
/// </summary>
public sealed class SelfContradictionTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    [Fact]
    public void An_article_giving_a_person_two_offices_one_of_them_the_other_outlets_is_its_own_inconsistency_not_a_role_conflict()
    {
        var a = SheetBuilder.For("Fire chief Abdul Karim said the blaze started in a storeroom. Families waited.", "AP").Person("Abdul Karim", "Fire chief");
        var b = SheetBuilder.For("Fire chief Abdul Karim said the blaze began in a storeroom. Later Police chief Karim said nobody was hurt.", "Reuters")
            .Person("Abdul Karim", "Fire chief", "Police chief");
        var c = SheetBuilder.For("Police chief Abdul Karim said the fire started in a storeroom. Families waited.", "BBC").Person("Abdul Karim", "Police chief");

        var alone = Compare(a, b);

        var within = Assert.Single(alone.Conflicts, x => x.Kind == FactKind.Role);
        Assert.Equal(b.Article.Id, within.Within);
        Assert.Equal(["Fire chief", "Police chief"], within.Positions.Select(p => p.Value).Order());
        Assert.All(within.Positions, p => Assert.Equal("Reuters", p.Outlet));
        Assert.Equal(["AP", "Reuters"], Assert.Single(alone.Agreements, x => x.Kind == FactKind.Role).Positions.Select(p => p.Outlet).Order());
        var line = Assert.Single(alone.Roundup, r => r.Text.Contains("Abdul Karim", StringComparison.Ordinal) && r.Text.Contains("Police chief", StringComparison.Ordinal));
        Assert.StartsWith("Reuters gives two accounts of Abdul Karim", line.Text);
        Assert.Contains("**Inconsistency within Reuters (role)", Summarizer.Comparisons.Output.ComparisonMarkdown.Render([alone]));
        // A third outlet giving only the other office does disagree with the first: outlets conflict.
        Assert.Null(Assert.Single(Compare(a, b, c).Conflicts, x => x.Kind == FactKind.Role).Within);
    }

    [Fact]
    public void An_article_giving_the_same_words_to_two_speakers_one_of_them_the_other_outlets_is_its_own_inconsistency_not_a_quote_conflict()
    {
        var a = SheetBuilder.For("Mayor Tom Hale said: “We will rebuild the mill by the spring.” Crowds cheered.", "AP")
            .Person("Tom Hale").Quote("We will rebuild the mill by the spring.", "Tom Hale");
        var b = SheetBuilder.For("Tom Hale said: “We will rebuild the mill by the spring.” Rita Moss added: “We will rebuild the mill by the spring, whatever it costs.”", "Reuters")
            .Person("Tom Hale").Person("Rita Moss")
            .Quote("We will rebuild the mill by the spring.", "Tom Hale").Quote("We will rebuild the mill by the spring, whatever it costs.", "Rita Moss");

        var comparison = Compare(a, b);

        var within = Assert.Single(comparison.Conflicts, x => x.Kind == FactKind.Quote);
        Assert.Equal(b.Article.Id, within.Within);
        Assert.Equal(["Rita Moss", "Tom Hale"], within.Positions.Select(p => p.Value).Order());
    }

    private static readonly Article Twice = TestArticles.Make("Officials said 12 people died in the fire on Monday. Later officials said 15 people died in the fire.", "North Wire");
    private static readonly Article Once = TestArticles.Make("Police said 12 people died in the fire on Monday. Roads were shut.", "South Post");

    private static StoryComparison Reported(params Conflict[] conflicts) => new()
    {
        StoryId = "story-test",
        Articles = [new ComparedArticle(Twice.Id, "North Wire", null), new ComparedArticle(Once.Id, "South Post", null)],
        Conflicts = conflicts,
    };

    [Fact]
    public void A_models_conflict_whose_only_dissent_is_one_article_against_itself_is_that_articles_inconsistency()
    {
        var self = new Conflict(FactKind.Quantity, "people killed",
        [
            new(Twice.Id, null, "12 people", "Officials said 12 people died in the fire on Monday.", 0),
            new(Twice.Id, null, "15 people", "Later officials said 15 people died in the fire.", 1),
            new(Once.Id, null, "12 people", "Police said 12 people died in the fire on Monday.", 0),
        ]);
        var between = new Conflict(FactKind.Quantity, "people killed",
        [
            new(Twice.Id, null, "15 people", "Later officials said 15 people died in the fire.", 1),
            new(Once.Id, null, "12 people", "Police said 12 people died in the fire on Monday.", 0),
        ]);

        var within = Assert.Single(new ComparisonPositionVerifier().Verify(Reported(self), [Twice, Once]).Comparison.Conflicts);
        Assert.Equal(Twice.Id, within.Within);
        Assert.Equal(["12 people", "15 people"], within.Positions.Select(p => p.Value).Order());
        Assert.Null(Assert.Single(new ComparisonPositionVerifier().Verify(Reported(between), [Twice, Once]).Comparison.Conflicts).Within);
    }
}
