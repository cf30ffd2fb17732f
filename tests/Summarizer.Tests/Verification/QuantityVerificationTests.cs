using Summarizer.Summaries;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

public class QuantityVerificationTests
{
    private static Finding Check(string seed, double value, string? unit, string? qualifier = null) =>
        Only(Verify(Seed(seed), Summary(quantities: [new SummaryQuantity(value, unit, qualifier, -1)])), "quantity");

    [Fact]
    public void A_figure_in_the_article_is_supported_with_its_evidence()
    {
        var f = Check("000", 200000, "peacekeepers", "at least");
        Assert.Equal(FindingStatus.Supported, f.Status);
        Assert.Equal("at least 200,000 peacekeepers", f.Evidence);
        Assert.Equal("at least 200,000 peacekeepers", Seed("000").Text.Substring(f.EvidenceStart, f.EvidenceLength));
    }

    [Fact]
    public void Same_counted_noun_with_another_value_is_contradicted()
    {
        var f = Check("004", 37, "nations");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
        Assert.Equal("35-nation", f.Evidence);
    }

    [Fact]
    public void A_figure_nowhere_in_the_article_is_unsupported()
    {
        Assert.Equal(FindingStatus.Unsupported, Check("000", 40, "submarines").Status);
    }

    [Fact]
    public void Normalised_forms_match()
    {
        Assert.Equal(FindingStatus.Supported, Check("001", 30000, "people", "less than").Status);
        Assert.Equal(FindingStatus.Supported, Check("000", 150000, "troops").Status);
    }

    [Fact]
    public void Opposite_bounds_contradict()
    {
        var f = Check("001", 30000, "people", "more than");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
        Assert.Contains("less than", f.Evidence);
    }

    [Fact]
    public void A_bounded_figure_stated_as_exact_is_unsupported()
    {
        var article = FromText("At the end of January, the president said Ukraine would need at least 200,000 peacekeepers.");
        var exact = Only(Verify(article, Summary(quantities: [new SummaryQuantity(200000, "peacekeepers", null, 0)])), "quantity");
        Assert.Equal(FindingStatus.Unsupported, exact.Status);
        var hedged = Only(Verify(article, Summary(quantities: [new SummaryQuantity(200000, "peacekeepers", "about", 0)])), "quantity");
        Assert.Equal(FindingStatus.Supported, hedged.Status);
    }

    [Fact]
    public void Figures_in_free_text_are_normalised_before_comparing()
    {
        var article = FromText("Officials said 200,000 troops would be needed, while 15 countries offered forces.");
        var verdict = VerifyText(article, "Officials want 200k troops. 15 countries offered forces.");
        Assert.All(verdict.Findings.Where(f => f.Kind == "quantity"), f => Assert.Equal(FindingStatus.Supported, f.Status));
        Assert.Equal(2, verdict.Findings.Count(f => f.Kind == "quantity"));
        var wrong = VerifyText(article, "Officials said 250,000 troops would be needed.");
        Assert.Equal(FindingStatus.Contradicted, Only(wrong, "quantity").Status);
    }

    private const string MatchReport =
        "Rovers beat City 3-1 at Ewood Park on Saturday, with striker Tom Hale scoring twice in the second half. "
        + "Hale, 24, has now scored 11 goals this season, the club said. City's only goal came from a penalty by Sam Kerr. "
        + "Hibernian manager Jack Ross watched from the stand.";

    [Theory]
    [InlineData("Hale has scored 24 goals this season.")]
    [InlineData("Tom Hale scored three goals as Rovers beat City 3-1.")]
    public void A_count_that_matches_only_an_age_or_a_score_is_not_supported_by_it(string summary)
    {
        var verdict = VerifyText(FromText(MatchReport), summary);

        var goals = Assert.Single(verdict.Findings, f => f.Kind == "quantity" && f.Claim.EndsWith("goals", StringComparison.Ordinal));
        Assert.Equal(FindingStatus.Contradicted, goals.Status);
        Assert.Equal("11 goals", goals.Evidence);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("Hale, 24, scored twice as Rovers beat City 3-1.", true)]
    [InlineData("The 24-year-old Hale has 11 goals this season.", true)]
    [InlineData("Hale, 25, scored twice as Rovers beat City 3-1.", false)]
    [InlineData("Rovers beat City 3-2 on Saturday.", false)]
    public void Ages_and_scores_are_checked_as_ages_and_scores(string summary, bool verified)
    {
        var verdict = VerifyText(FromText(MatchReport), summary);

        Assert.True(verified == verdict.IsVerified, string.Join("\n", verdict.Findings.Select(f => $"{f.Status} {f.Kind} {f.Claim}: {f.Evidence ?? f.Note}")));
        if (!verified) Assert.Contains(verdict.Findings, f => f.Kind == "quantity" && f.Status == FindingStatus.Contradicted);
    }

    [Fact]
    public void A_tally_of_votes_supports_the_votes_it_counts()
    {
        var verdict = VerifyText(FromText("The senate passed the bill 52-48 on Friday after a long debate over its cost."),
            "The bill passed by 52 votes to 48.");

        Assert.Contains(verdict.Findings, f => f.Kind == "quantity" && f.Claim == "52 votes" && f.Status == FindingStatus.Supported);
    }
}
