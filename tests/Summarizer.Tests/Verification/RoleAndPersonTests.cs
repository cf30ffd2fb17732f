using Summarizer.Summaries;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

public class RoleAndPersonTests
{
    [Fact]
    public void A_role_the_article_does_not_give_the_person_is_contradicted()
    {
        // Seed 001 calls Starmer "British Prime Minister" only.
        var verdict = Verify(Seed("001"), Summary(people: [new SummaryPerson("Keir Starmer", ["Defense Secretary"])]));
        var role = Only(verdict, "role");
        Assert.Equal(FindingStatus.Contradicted, role.Status);
        Assert.Equal("British Prime Minister Keir Starmer", role.Evidence);
        Assert.Equal(FindingStatus.Supported, Only(verdict, "person").Status);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("Prime Minister")]
    [InlineData("British PM")]
    [InlineData("UK Prime Minister")]
    public void The_role_the_article_gives_is_supported_in_any_common_form(string role)
    {
        var verdict = Verify(Seed("001"), Summary(people: [new SummaryPerson("Starmer", [role])]));
        Assert.Equal(FindingStatus.Supported, Only(verdict, "role").Status);
        // A summary of fields alone has no prose for the model: its score is the share of supported findings.
        Assert.Equal(1.0, verdict.Score);
    }

    [Fact]
    public void The_check_is_against_what_this_article_says()
    {
        // Seed 002 misattributes "British Defense Secretary" to Starmer: the verifier checks faithfulness, not truth.
        var verdict = Verify(Seed("002"), Summary(people: [new SummaryPerson("Keir Starmer", ["Defense Secretary"])]));
        Assert.Equal(FindingStatus.Supported, Only(verdict, "role").Status);
    }

    [Fact]
    public void Role_of_another_person_is_named_in_the_note()
    {
        var verdict = Verify(Seed("000"), Summary(people: [new SummaryPerson("John Healey", ["Defense Secretary"])]));
        var role = Only(verdict, "role");
        // The article calls Healey "UK Defense Minister"; secretary and minister name one office.
        Assert.Equal(FindingStatus.Supported, role.Status);
        var wrong = Verify(Seed("000"), Summary(people: [new SummaryPerson("John Healey", ["Foreign Minister"])]));
        var finding = Only(wrong, "role");
        Assert.Equal(FindingStatus.Contradicted, finding.Status);
        Assert.Contains("Antonio Tajani", finding.Note);
    }

    [Theory]
    [InlineData("003", "Keir Starmer", "French Prime Minister")]          // "U.K. Prime Minister Keir Starmer"
    [InlineData("003", "Donald Trump", "German President")]               // "U.S. President Donald Trump"
    [InlineData("000", "Donald Trump", "Russian President")]
    [InlineData("000", "Pete Hegseth", "Lithuanian Defense Minister")]    // "U.S. Defense Secretary Pete Hegseth"
    [InlineData("000", "Pete Hegseth", "French Defense Secretary")]
    [InlineData("001", "Donald Trump", "French President")]               // "US President", without dots
    public void A_role_of_another_country_is_contradicted_however_the_article_writes_its_country(string seed, string name, string role)
    {
        var verdict = Verify(Seed(seed), Summary(people: [new SummaryPerson(name, [role])]));
        Assert.Equal(FindingStatus.Contradicted, Only(verdict, "role").Status);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("003", "Keir Starmer", "UK Prime Minister")]
    [InlineData("003", "Keir Starmer", "U.K. Prime Minister")]
    [InlineData("003", "Keir Starmer", "British Prime Minister")]
    [InlineData("003", "Donald Trump", "US President")]
    [InlineData("003", "Donald Trump", "American President")]
    [InlineData("003", "Donald Trump", "United States President")]
    [InlineData("000", "Pete Hegseth", "U.S. Defense Secretary")]
    [InlineData("000", "Pete Hegseth", "US Defense Secretary")]
    [InlineData("000", "Pete Hegseth", "Defense Secretary")]
    [InlineData("001", "Donald Trump", "U.S. President")]                 // the article writes "US President"
    public void The_right_country_in_any_spelling_is_supported(string seed, string name, string role)
    {
        var verdict = Verify(Seed(seed), Summary(people: [new SummaryPerson(name, [role])]));
        Assert.Equal(FindingStatus.Supported, Only(verdict, "role").Status);
        Assert.True(verdict.IsVerified);
    }

    [Fact]
    public void The_note_names_who_holds_the_role_in_that_country()
    {
        // Seed 000 has four defence ministers; the Lithuanian one is Dovile Sakaliene, not the U.S. Defense Secretary.
        var role = Only(Verify(Seed("000"), Summary(people: [new SummaryPerson("Ruben Brekelmans", ["Lithuanian Defense Minister"])])), "role");
        Assert.Equal(FindingStatus.Contradicted, role.Status);
        Assert.EndsWith("the article gives this role to Dovile Sakaliene", role.Note);
    }

    [Fact]
    public void The_note_names_no_one_when_no_one_holds_the_role()
    {
        // Seed 001 has a US President and a Vice President, and no Russian President: a vice president is no president.
        var role = Only(Verify(Seed("001"), Summary(people: [new SummaryPerson("Donald Trump", ["Russian President"])])), "role");
        Assert.Equal(FindingStatus.Contradicted, role.Status);
        Assert.DoesNotContain("gives this role to", role.Note);
    }

    [Theory]
    [InlineData("President", FindingStatus.Contradicted)]
    [InlineData("US President", FindingStatus.Contradicted)]
    [InlineData("Vice President", FindingStatus.Supported)]
    public void A_rank_word_makes_another_office(string role, FindingStatus expected)
    {
        // Seed 001: "Vice President James Vance".
        var verdict = Verify(Seed("001"), Summary(people: [new SummaryPerson("James Vance", [role])]));
        Assert.Equal(expected, Only(verdict, "role").Status);
    }

    [Theory]
    [InlineData("000", "Zelensky")]
    [InlineData("000", "Volodymyr Zelensky")]
    [InlineData("001", "Zelenskyy")]
    [InlineData("004", "Volodymyr Zelenskyy")]
    public void People_are_found_by_alias(string seed, string name)
    {
        var verdict = Verify(Seed(seed), Summary(people: [new SummaryPerson(name, ["President"])]));
        Assert.All(verdict.Findings, f => Assert.Equal(FindingStatus.Supported, f.Status));
    }

    [Fact]
    public void Unknown_people_and_roles_of_untitled_people_are_unsupported()
    {
        var verdict = Verify(Seed("001"), Summary(people: [new SummaryPerson("Olaf Scholz", ["Chancellor"])]));
        Assert.Equal(FindingStatus.Unsupported, Only(verdict, "person").Status);
        var role = Only(verdict, "role");
        Assert.Equal(FindingStatus.Unsupported, role.Status);
        Assert.Equal("the article does not mention this person", role.Note);
        Assert.Equal(0, verdict.Score);
    }
}
