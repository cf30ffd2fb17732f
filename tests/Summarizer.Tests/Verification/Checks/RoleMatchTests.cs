using Summarizer.Verification.Checks;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>Role phrases compared as normalised word sets: countries in every spelling, abbreviations with or without dots, ranks.</summary>
public class RoleMatchTests
{
    [Theory]
    [InlineData("U.S", "US")]
    [InlineData("U.K", "UK")]
    [InlineData("U.N", "UN")]
    [InlineData("E.U", "EU")]
    [InlineData("U.S.A", "USA")]
    [InlineData("US", "US")]
    [InlineData("St", "St")]          // no dots to remove
    [InlineData("3.5", "3.5")]        // a number keeps its point
    [InlineData("Ph.D", "Ph.D")]      // not a letter between each dot
    public void An_abbreviation_written_with_dots_is_the_same_word_without_them(string word, string expected)
    {
        Assert.Equal(expected, RoleMatch.Undotted(word));
    }

    [Theory]
    [InlineData("U.S. Defense Secretary", "French Defense Secretary")]
    [InlineData("U.S. Defense Secretary", "Lithuanian Defense Minister")]
    [InlineData("U.K. Prime Minister", "French Prime Minister")]
    [InlineData("U.S. President", "German President")]
    [InlineData("United States Ambassador", "British Ambassador")]     // a country of two words
    [InlineData("U.N. Secretary-General", "EU Secretary-General")]
    [InlineData("Vice President", "President")]                          // a rank makes another office
    [InlineData("Deputy Prime Minister", "Prime Minister")]
    [InlineData("President", "Vice President")]
    [InlineData("Shadow Home Secretary", "Home Secretary")]               // the opposition's, not the office
    [InlineData("Deputy Prime Minister and Justice Secretary", "Prime Minister")]
    public void A_role_of_another_country_or_rank_is_not_supported(string article, string claim)
    {
        Assert.False(RoleMatch.Supports(article, claim));
    }

    [Theory]
    [InlineData("U.S. Defense Secretary", "US Defense Secretary")]
    [InlineData("U.S. Defense Secretary", "U.S. Defense Secretary")]
    [InlineData("U.S. Defense Secretary", "American Defense Minister")]
    [InlineData("U.S. Defense Secretary", "Defense Secretary")]
    [InlineData("US President", "U.S. President")]
    [InlineData("U.K. Prime Minister", "British PM")]
    [InlineData("U.K. Prime Minister", "United Kingdom Prime Minister")]
    [InlineData("United States Ambassador", "US Ambassador")]
    [InlineData("U.N. Secretary-General", "UN Secretary-General")]
    [InlineData("E.U. foreign policy chief", "EU foreign policy chief")]
    [InlineData("Britain's Vice President", "British Vice President")]
    [InlineData("President", "Russian President")]                       // the article's role names no country
    public void The_same_role_in_another_spelling_is_supported(string article, string claim)
    {
        Assert.True(RoleMatch.Supports(article, claim));
    }

    [Fact]
    public void A_role_with_the_claims_country_fits_better_than_one_without()
    {
        Assert.Equal(2, RoleMatch.Fit("U.S. President", "US President").Strength);
        Assert.Equal(2, RoleMatch.Fit("U.S. President", "President").Strength);
        Assert.Equal(1, RoleMatch.Fit("President", "Russian President").Strength);
        Assert.Equal(0, RoleMatch.Fit("Vice President", "Russian President").Strength);
        // Words beyond the claim's, countries aside: the fewer, the nearer the office.
        Assert.Equal(0, RoleMatch.Fit("UK Prime Minister", "Prime Minister").Extra);
        Assert.Equal(1, RoleMatch.Fit("Prime Minister's spokesman", "Prime Minister").Extra);
    }

    [Theory]
    [InlineData("U.S. President", true)]
    [InlineData("Britain's Prime Minister", true)]
    [InlineData("United Kingdom Prime Minister", true)]
    [InlineData("President", false)]
    [InlineData("the us president", false)]   // "us" in lower case is a pronoun
    public void A_role_names_a_country_in_any_of_its_forms(string role, bool names)
    {
        Assert.Equal(names, RoleMatch.NamesCountry(role));
    }

    [Theory]
    [InlineData("Deputy Prime Minister and Justice Secretary", "Justice Secretary")]   // one office's rank is not the other's
    [InlineData("Vice President and Defense Minister", "Defense Minister")]
    [InlineData("Associate Justice", "Justice")]
    public void Each_office_of_a_role_holding_two_is_read_on_its_own(string article, string claim)
    {
        Assert.True(RoleMatch.Supports(article, claim));
    }

    [Theory]
    [InlineData("Britain's ambassador to the U.S.", "British Business Secretary", false)]
    [InlineData("U.K. Business Secretary", "British Business Secretary", true)]
    [InlineData("U.K. Business Secretary", "French Business Secretary", true)]          // the same office, another country
    public void The_same_office_is_read_whatever_country_either_names(string article, string claim, bool same)
    {
        Assert.Equal(same, RoleMatch.SameOffice(article, claim));
    }
}
