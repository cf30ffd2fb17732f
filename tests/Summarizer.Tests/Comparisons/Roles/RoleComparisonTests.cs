using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Roles;

public sealed class RoleComparisonTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    [Fact]
    public void Different_offices_for_one_person_across_outlets_are_a_conflict_with_each_outlets_role()
    {
        var a = SheetBuilder.For("Prime Minister Lena Várady opened the summit in Vienna. It lasted a day.", "A").Person("Lena Várady", "Prime Minister");
        var b = SheetBuilder.For("Defense Secretary Lena Varady said the summit would last two days. Delegates agreed.", "B").Person("Lena Varady", "Defense Secretary");
        var c = SheetBuilder.For("The summit was welcomed by Hungarian PM Varady on Tuesday. Crowds gathered.", "C").Person("Varady", "Hungarian PM");

        var comparison = Compare(a, b, c);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal(FactKind.Role, conflict.Kind);
        Assert.Contains("Varady", TextFold(conflict.Subject));
        Assert.Contains(conflict.Positions, p => p.Outlet == "B" && p.Value == "Defense Secretary" && p.Sentence.Contains("Defense Secretary"));
        Assert.Contains(conflict.Positions, p => p.Outlet == "A" && p.Value == "Prime Minister");
        var agreement = Assert.Single(comparison.Agreements, g => g.Kind == FactKind.Role);
        Assert.Equal(["A", "C"], agreement.Positions.Select(p => p.Outlet).Order());
    }

    [Theory]
    [InlineData("Sheriff", "Coroner")]
    [InlineData("County Sheriff", "Mayor")]
    [InlineData("Marshal", "Governor")]
    [InlineData("Coroner", "Sheriff")]
    public void Offices_of_local_government_policing_and_the_courts_agree_and_conflict_as_offices(string office, string other)
    {
        var a = SheetBuilder.For($"{office} John Miller said the suspect fled on foot. Miller spoke on Monday.", "A").Person("John Miller", office);
        var b = SheetBuilder.For($"{other} John Miller said the road would stay shut. He left early.", "B").Person("John Miller", other);
        var c = SheetBuilder.For($"John Miller, the county {office.Split(' ')[^1].ToLowerInvariant()}, said deputies searched the woods. Nobody was found.", "C")
            .Person("John Miller", $"county {office.Split(' ')[^1].ToLowerInvariant()}");

        var comparison = Compare(a, b, c);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal(FactKind.Role, conflict.Kind);
        Assert.Contains(conflict.Positions, p => p.Outlet == "B" && p.Value == other);
        var agreement = Assert.Single(comparison.Agreements, g => g.Kind == FactKind.Role);
        Assert.Equal(["A", "C"], agreement.Positions.Select(p => p.Outlet).Order());
    }

    [Fact]
    public void Same_office_in_other_words_agrees()
    {
        var a = SheetBuilder.For("British Defence Minister Tom Ellery visited troops. He left at noon.", "A").Person("Tom Ellery", "British Defence Minister");
        var b = SheetBuilder.For("U.K. Defense Secretary Tom Ellery met generals. The visit was short.", "B").Person("Tom Ellery", "U.K. Defense Secretary");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        Assert.Single(comparison.Agreements, g => g.Kind == FactKind.Role);
    }

    [Fact]
    public void People_sharing_a_surname_but_not_a_first_name_are_not_compared()
    {
        var a = SheetBuilder.For("Health Minister Jan Novak opened a hospital. Staff cheered.", "A").Person("Jan Novak", "Health Minister");
        var b = SheetBuilder.For("Foreign Minister Petra Novak met envoys. Talks went well.", "B").Person("Petra Novak", "Foreign Minister");

        Assert.Empty(Compare(a, b).Conflicts);
    }

    [Fact]
    public void A_bare_surname_does_not_chain_two_people_into_one()
    {
        var a = SheetBuilder.For("President Anna Lindqvist spoke. Lindqvist was brief.", "A").Person("Anna Lindqvist", "President");
        var b = SheetBuilder.For("Lindqvist, the Finance Minister, answered questions. Reporters waited.", "B").Person("Lindqvist", "Finance Minister");
        var c = SheetBuilder.For("Judge Erik Lindqvist ruled on Monday. The court adjourned.", "C").Person("Erik Lindqvist", "Judge");

        var conflicts = Compare(a, b, c).Conflicts;

        // The bare surname may be either person, but never both at once: at most one of them is compared with B.
        Assert.All(conflicts, x => Assert.False(x.Positions.Any(p => p.Outlet == "A") && x.Positions.Any(p => p.Outlet == "C")));
    }

    [Fact]
    public void Transliterations_one_letter_apart_are_the_same_person()
    {
        var a = SheetBuilder.For("President Oleksandr Kovalenkko spoke to parliament. He was brief.", "A").Person("Oleksandr Kovalenkko", "President");
        var b = SheetBuilder.For("Finance Minister Oleksandr Kovalenko spoke to parliament. He was brief.", "B").Person("Oleksandr Kovalenko", "Finance Minister");

        Assert.Single(Compare(a, b).Conflicts);
    }

    [Fact]
    public void Abbreviations_country_spellings_case_and_word_order_name_one_office()
    {
        var a = SheetBuilder.For("British PM Ada Quill met the envoys. Talks went on.", "A").Person("Ada Quill", "British PM");
        var b = SheetBuilder.For("U.K. Prime Minister Ada Quill spoke first. Nobody objected.", "B").Person("Ada Quill", "U.K. Prime Minister");
        var c = SheetBuilder.For("Ada Quill, Britain's prime minister, left early. The rain stopped.", "C").Person("Ada Quill", "Britain's prime minister");
        var d = SheetBuilder.For("Ada Quill, the minister prime of the UK, smiled. Aides waited.", "D").Person("Ada Quill", "minister prime of the UK");

        var comparison = Compare(a, b, c, d);

        Assert.Empty(comparison.Conflicts);
        var agreement = Assert.Single(comparison.Agreements, g => g.Kind == FactKind.Role);
        Assert.Equal(4, agreement.ArticleCount);
    }

    [Fact]
    public void Two_portfolios_or_two_countries_for_one_person_still_conflict()
    {
        var defence = SheetBuilder.For("Defence Minister Rolf Amsel inspected the base. It rained.", "A").Person("Rolf Amsel", "Defence Minister");
        var foreign = SheetBuilder.For("Foreign Minister Rolf Amsel met envoys. Talks ended.", "B").Person("Rolf Amsel", "Foreign Minister");
        var british = SheetBuilder.For("British Prime Minister Ada Quill met envoys. Talks ended.", "C").Person("Ada Quill", "British Prime Minister");
        var irish = SheetBuilder.For("Irish Prime Minister Ada Quill met envoys. Talks ended.", "D").Person("Ada Quill", "Irish Prime Minister");

        Assert.Single(Compare(defence, foreign).Conflicts);
        Assert.Single(Compare(british, irish).Conflicts);
    }

    [Fact]
    public void A_conflict_lists_the_positions_office_by_office_most_stated_first()
    {
        var a = SheetBuilder.For("Defense Secretary Ada Quill spoke. Nobody objected.", "A").Person("Ada Quill", "Defense Secretary");
        var b = SheetBuilder.For("British PM Ada Quill met the envoys. Talks went on.", "B").Person("Ada Quill", "British PM");
        var c = SheetBuilder.For("U.K. Prime Minister Ada Quill spoke first. Nobody objected.", "C").Person("Ada Quill", "U.K. Prime Minister");

        var conflict = Assert.Single(Compare(a, b, c).Conflicts);

        Assert.Equal(["B", "C", "A"], conflict.Positions.Select(p => p.Outlet));
    }

    private static string TextFold(string s) => s.Replace('á', 'a');
}
