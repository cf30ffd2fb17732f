using Summarizer.Comparisons;
using Summarizer.Comparisons.Roles;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Comparisons.Roles;

/// <summary>
/// A role's words that tell its office from another count whether or not a list knows them ("Fire chief" and "Police
/// chief" are two offices); words that say where or whose ("County", "Texas", a club, a party's acronym) do not.
/// </summary>
public sealed class RoleModifierTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    // Which capitalised words are names, and which common words, is WordNet's to say: each [WordNetFact] and
    // [WordNetTheory] here is skipped where WordNet is not installed.

    [Fact]
    public void Two_outlets_fire_chief_and_one_police_chief_are_a_conflict_and_the_agreement_is_the_two()
    {
        var a = SheetBuilder.For("Fire chief Abdul Karim said the blaze started in a storeroom. Families waited.", "AP").Person("Abdul Karim", "Fire chief");
        var b = SheetBuilder.For("Fire chief Abdul Karim said the blaze began in a storeroom. Families gathered.", "Reuters").Person("Abdul Karim", "Fire chief");
        var c = SheetBuilder.For("Police chief Abdul Karim said the fire started in a storeroom. Families waited.", "BBC").Person("Abdul Karim", "Police chief");

        var comparison = Compare(a, b, c);

        var conflict = Assert.Single(comparison.Conflicts, x => x.Kind == FactKind.Role);
        Assert.Contains(conflict.Positions, p => p.Outlet == "BBC" && p.Value == "Police chief");
        Assert.Equal(["AP", "Reuters"], conflict.Positions.Where(p => p.Value == "Fire chief").Select(p => p.Outlet).Order());
        var agreement = Assert.Single(comparison.Agreements, x => x.Kind == FactKind.Role);
        Assert.Equal(["AP", "Reuters"], agreement.Positions.Select(p => p.Outlet).Order());
    }

    [Theory]
    [InlineData("Fire chief", "Police chief")]
    [InlineData("Fisheries Minister", "Tourism Minister")]
    [InlineData("cybersecurity chief", "police chief")]
    [InlineData("Labour leader", "Conservative leader")]
    [InlineData("Chief Constable", "Assistant Chief Constable")]
    [InlineData("Home Secretary", "Shadow Home Secretary")]
    public void Portfolio_words_no_list_knows_and_rank_words_tell_offices_apart(string a, string b)
    {
        Assert.True(RoleCore.Conflicts(a, b));
        Assert.NotEqual(RoleCore.Key(RoleCore.Of(a)), RoleCore.Key(RoleCore.Of(b)));
    }

    [Theory]
    [InlineData("British PM", "U.K. Prime Minister")]
    [InlineData("Britain's prime minister", "minister prime of the UK")]
    [InlineData("County Sheriff", "county sheriff")]
    [InlineData("Sheriff", "county sheriff")]
    [InlineData("city councillor", "Councillor")]
    [InlineData("New York Mayor", "mayor")]
    [InlineData("veteran senator", "outgoing senator")]
    [InlineData("24-year-old officer", "officer")]
    [InlineData("new prime minister", "prime minister")]
    public void Places_jurisdictions_tenure_and_ages_say_nothing_of_which_office(string a, string b)
    {
        Assert.False(RoleCore.Conflicts(a, b));
        Assert.Equal(RoleCore.Key(RoleCore.Of(a)), RoleCore.Key(RoleCore.Of(b)));
    }

    [Theory]
    [InlineData("Labour leader", "opposition leader")]
    [InlineData("Democratic senator", "senior senator")]
    [InlineData("Republican Governor", "acting Governor")]
    [InlineData("new prime minister", "prime minister")]
    [InlineData("new Prime Minister", "British Prime Minister")]
    [InlineData("new prime minister", "acting prime minister")]
    [InlineData("ruling party leader", "governing party leader")]
    [InlineData("opposition leader", "leader")]
    public void A_party_or_a_describing_word_beside_the_same_office_makes_no_conflict(string a, string b) => Assert.False(RoleCore.Conflicts(a, b));

    [Theory]
    [InlineData("Labour leader", "Conservative leader")]
    [InlineData("Democratic senator", "Republican senator")]
    [InlineData("Labour leader", "Prime Minister")]
    [InlineData("opposition leader", "Prime Minister")]
    [InlineData("new prime minister", "deputy prime minister")]
    [InlineData("opposition leader", "ruling party leader")]
    [InlineData("governing party leader", "opposition leader")]
    public void Two_parties_or_two_offices_still_conflict(string a, string b) => Assert.True(RoleCore.Conflicts(a, b));

    [Fact]
    public void Outlets_calling_one_person_the_new_prime_minister_and_the_prime_minister_agree()
    {
        var a = SheetBuilder.For("The new prime minister, Lena Varady, opened the summit in Vienna. It lasted a day.", "A").Person("Lena Varady", "new prime minister");
        var b = SheetBuilder.For("Prime Minister Lena Varady said the summit would last a day. Delegates agreed.", "B").Person("Lena Varady", "Prime Minister");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        Assert.Equal(2, Assert.Single(comparison.Agreements, x => x.Kind == FactKind.Role).ArticleCount);
    }

    [Fact]
    public void The_labour_leader_and_the_opposition_leader_are_one_office_for_one_person()
    {
        var a = SheetBuilder.For("Labour leader Keir Starmer said the budget failed families. MPs cheered.", "A").Person("Keir Starmer", "Labour leader");
        var b = SheetBuilder.For("Opposition leader Keir Starmer said the budget let families down. The House was full.", "B").Person("Keir Starmer", "Opposition leader");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        Assert.Equal(2, Assert.Single(comparison.Agreements, x => x.Kind == FactKind.Role).ArticleCount);
    }

    [Fact]
    public void The_opposition_leader_and_the_ruling_party_leader_are_outlets_in_conflict()
    {
        var a = SheetBuilder.For("Opposition leader Jane Doe said the budget failed families. MPs cheered.", "A").Person("Jane Doe", "Opposition leader");
        var b = SheetBuilder.For("Ruling party leader Jane Doe said the budget helped families. The House was full.", "B").Person("Jane Doe", "Ruling party leader");

        var conflict = Assert.Single(Compare(a, b).Conflicts, c => c.Kind == FactKind.Role);

        Assert.Null(conflict.Within);
        Assert.Equal(2, conflict.Positions.Select(p => p.ArticleId).Distinct().Count());
    }

    // Each row sets the name beside another qualifier of the same office, so that only the rule leaving the name out
    // keeps them one office ("Governor" alone is always less of "Texas Governor", whatever the rules).
    [Theory]
    [InlineData("Texas Governor", "acting Governor")]
    [InlineData("SNP leader", "acting leader")]
    [InlineData("Liverpool chairman", "acting chairman")]
    [InlineData("County Sheriff", "acting Sheriff")]
    public void A_name_of_a_place_club_or_party_never_makes_a_conflict(string a, string b) => Assert.False(RoleCore.Conflicts(a, b));

    [WordNetTheory]
    [InlineData("Texas Governor", "Governor")]
    [InlineData("SNP leader", "leader")]
    [InlineData("Liverpool chairman", "chairman")]
    [InlineData("Harris County Sheriff", "Sheriff")]
    public void A_capitalised_name_of_a_place_club_or_party_says_whose_office_not_which(string a, string b) =>
        Assert.Equal(RoleCore.Key(RoleCore.Of(a)), RoleCore.Key(RoleCore.Of(b)));

    [WordNetTheory]
    [InlineData("Republican Senator", "Texas Senator")]
    [InlineData("Labour councillor", "Hartlepool councillor")]
    public void A_party_beside_a_place_is_no_conflict(string a, string b) => Assert.False(RoleCore.Conflicts(a, b));

    [Theory]
    [InlineData("top trade and manufacturing aide to the president", "President Donald Trump's trade adviser")]
    [InlineData("the company's chief executive", "chief executive")]
    [InlineData("special adviser to President", "President")]
    [InlineData("former chief of staff to Vice President", "Vice President")]
    public void The_office_a_role_serves_or_belongs_to_makes_no_conflict_with_it(string a, string b) => Assert.False(RoleCore.Conflicts(a, b));

    [Fact]
    public void Whose_office_is_left_out_but_its_country_still_counts()
    {
        Assert.Equal(RoleCore.Key(RoleCore.Of("trade adviser")), RoleCore.Key(RoleCore.Of("President Donald Trump's trade adviser")));
        Assert.Empty(RoleCore.Of("top trade and manufacturing aide to the president"));
        Assert.True(RoleCore.Conflicts("Ambassador to France", "Ambassador to Germany"));
        Assert.True(RoleCore.Conflicts("Minister for Fisheries", "Minister for Tourism"));
        // A role relating its holder to another office is no office of its own to compare.
        Assert.Empty(RoleCore.Of("chief of staff to the Vice President"));
        Assert.Empty(RoleCore.Of("special adviser to President"));
        Assert.True(RoleCore.Conflicts("Britain's prime minister", "Ireland's prime minister"));
    }

    [Theory]
    [InlineData("Actress")]
    [InlineData("coach")]
    [InlineData("Liverpool manager")]
    [InlineData("Trade")]
    public void A_role_with_no_office_word_is_still_no_office(string role) => Assert.Empty(RoleCore.Of(role));

    [Fact]
    public void Mayor_and_deputy_mayor_stay_two_offices_and_the_same_office_in_other_words_one()
    {
        Assert.True(RoleCore.Conflicts("Mayor", "Deputy Mayor"));
        Assert.False(RoleCore.Conflicts("Minister", "Defense Minister"));
        Assert.Equal(RoleCore.Key(RoleCore.Of("British Defence Minister")), RoleCore.Key(RoleCore.Of("U.K. Defense Secretary")));
    }

    [WordNetTheory]
    [InlineData("Speaker", "House Speaker")]
    [InlineData("Senator", "Republican Senator")]
    [InlineData("Minority Leader", "House Minority Leader")]
    [InlineData("U.S. District Judge", "U.S. District Court Judge")]
    public void A_role_telling_less_of_the_office_joins_the_one_that_tells_more(string less, string more)
    {
        var keys = RoleCore.GroupKeys([less, more]);

        Assert.Equal(keys[more], keys[less]);
    }

    [Fact]
    public void A_role_that_could_be_either_of_two_offices_a_lower_rank_or_one_of_two_offices_held_joins_none()
    {
        var two = RoleCore.GroupKeys(["chief", "Fire chief", "Police chief"]);
        var rank = RoleCore.GroupKeys(["Mayor", "Deputy Mayor"]);
        var chain = RoleCore.GroupKeys(["Leader", "Minority Leader", "House Minority Leader"]);
        var related = RoleCore.GroupKeys(["Vice President", "Vice President and Defense Minister"]);

        Assert.Equal(3, two.Values.Distinct().Count());
        Assert.NotEqual(rank["Mayor"], rank["Deputy Mayor"]);
        Assert.Single(chain.Values.Distinct());
        Assert.NotEqual(related["Vice President"], related["Vice President and Defense Minister"]);
    }

    [WordNetFact]
    public void Outlets_giving_one_office_with_more_or_less_detail_agree_on_it()
    {
        var a = SheetBuilder.For("Speaker Nancy Pelosi said the vote would go ahead. Members left.", "A").Person("Nancy Pelosi", "Speaker");
        var b = SheetBuilder.For("House Speaker Nancy Pelosi said the House would vote. It did.", "B").Person("Nancy Pelosi", "House Speaker");

        var comparison = Compare(a, b);

        Assert.Empty(comparison.Conflicts);
        Assert.Equal(2, Assert.Single(comparison.Agreements, x => x.Kind == FactKind.Role).ArticleCount);
    }
}
