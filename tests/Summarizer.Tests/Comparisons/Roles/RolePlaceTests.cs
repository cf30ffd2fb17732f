using Summarizer.Comparisons.Roles;

namespace Summarizer.Tests.Comparisons.Roles;

public sealed class RolePlaceTests
{
    [Theory]
    [InlineData("British PM", "U.K. Prime Minister")]
    [InlineData("Britain's Prime Minister", "UK prime minister")]
    [InlineData("United Kingdom Defence Secretary", "British Defense Minister")]
    [InlineData("U.S. President", "American president")]
    [InlineData("US Secretary of State", "United States Secretary of State")]
    public void Spellings_of_one_country_name_the_same_country(string a, string b)
    {
        Assert.NotNull(RolePlace.Of(a));
        Assert.Equal(RolePlace.Of(a), RolePlace.Of(b));
    }

    [Theory]
    [InlineData("British Prime Minister", "Irish Prime Minister")]
    [InlineData("U.S. President", "French President")]
    public void Different_countries_differ(string a, string b) => Assert.NotEqual(RolePlace.Of(a), RolePlace.Of(b));

    [Theory]
    [InlineData("Prime Minister")]
    [InlineData("Defense Secretary")]
    public void A_role_naming_no_country_has_none(string role) => Assert.Null(RolePlace.Of(role));
}
