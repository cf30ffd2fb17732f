using Summarizer.Summaries;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

public class FreeTextAndScoreTests
{
    [Fact]
    public void A_faithful_free_text_summary_is_verified_and_scores_as_likely_consistent()
    {
        var verdict = VerifyText(Seed("001"),
            "British Prime Minister Keir Starmer and French President Emmanuel Macron want a plan for Ukraine. " +
            "The Guardian says the contingent would be less than 30 thousand people.");
        Assert.True(verdict.IsVerified, string.Join("\n", verdict.Findings.Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind} {f.Claim}: {f.Note}")));
        Assert.True(verdict.Score > 0.5, $"score {verdict.Score:0.000}");
        Assert.Contains(verdict.Findings, f => f.Kind == "person" && f.Claim == "Keir Starmer");
        Assert.Contains(verdict.Findings, f => f.Kind == "quantity");
        Assert.Contains(verdict.Findings, f => f.Kind == "organisation" && f.Claim == "The Guardian");
    }

    [Fact]
    public void Free_text_with_a_wrong_role_and_a_wrong_figure_is_contradicted_and_scores_lower()
    {
        var article = Seed("001");
        var good = VerifyText(article, "British Prime Minister Keir Starmer wants a contingent of less than 30 thousand people.");
        var bad = VerifyText(article, "Defense Secretary Keir Starmer wants a contingent of more than 50 thousand people.");
        Assert.Contains(bad.Findings, f => f.Kind == "role" && f.Status == FindingStatus.Contradicted);
        Assert.Contains(bad.Findings, f => f.Kind == "quantity" && f.Status == FindingStatus.Contradicted);
        Assert.True(bad.Score < good.Score);
    }

    [Fact]
    public void Free_text_quotes_with_the_wrong_speaker_are_contradicted()
    {
        var verdict = VerifyText(Seed("003"), "Lecornu said: “We can step in rapidly for example with ammunition.”");
        Assert.Equal(FindingStatus.Contradicted, Only(verdict, "quote").Status);
    }

    [Fact]
    public void Contradictions_weigh_more_than_unsupported_claims()
    {
        Finding F(FindingStatus s) => new("quantity", "x", s, null);
        Assert.Equal(1.0, Scoring.Score([F(FindingStatus.Supported), F(FindingStatus.Supported)]));
        Assert.Equal(0.5, Scoring.Score([F(FindingStatus.Supported), F(FindingStatus.Unsupported)]));
        Assert.Equal(1.0 / 3, Scoring.Score([F(FindingStatus.Supported), F(FindingStatus.Contradicted)]), 6);
    }

    [Fact]
    public void A_summary_with_no_checkable_facts_scores_by_its_key_points()
    {
        var article = Seed("000");
        int id = SentenceWith(article, "15 countries have already proposed");
        var good = new KeyPoint("Several countries already proposed deploying aircraft and naval vessels.", [id]);
        var faithful = Verify(article, Summary(keyPoints: [good]));
        var verdict = Verify(article, Summary(keyPoints: [good, new KeyPoint("The moon is made of cheese and goats.", [id])]));
        Assert.True(faithful.IsVerified);
        Assert.Single(verdict.Findings, f => f.Kind == "keyPoint" && f.Status == FindingStatus.Unsupported);
        Assert.True(verdict.Score < faithful.Score, $"{verdict.Score:0.000} vs {faithful.Score:0.000}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("!!! ... ??? ,,, “” «» ‘’ --- ***")]
    [InlineData("\"")]
    [InlineData("“unterminated quote with Minister")]
    public void Hostile_input_never_throws_and_scores_in_range(string text)
    {
        var verdict = VerifyText(Seed("002"), text);
        Assert.InRange(verdict.Score, 0, 1);
        Assert.NotEmpty(verdict.Findings);
    }

    [Fact]
    public void A_megabyte_of_text_is_verified_without_throwing()
    {
        var article = Seed("003");
        string chunk = "Lecornu said 37 countries met in Paris on Wednesday. “Random words,” said Nobody Special. ";
        var text = string.Concat(Enumerable.Repeat(chunk, 1_048_576 / chunk.Length + 1));
        var verdict = VerifyText(article, text);
        Assert.InRange(verdict.Score, 0, 1);
    }

    [Fact]
    public void An_empty_structured_summary_is_not_verified()
    {
        var verdict = Verify(Seed("000"), Summary());
        Assert.False(verdict.IsVerified);
        Assert.Equal(0, verdict.Score);
    }
}
