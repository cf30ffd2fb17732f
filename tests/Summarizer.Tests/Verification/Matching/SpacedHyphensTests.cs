using Summarizer.Summaries;
using Summarizer.Verification.Matching;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Matching;

/// <summary>Spaces a tokenised summary put round hyphens, taken out where the article joins the words; made-up text.</summary>
public class SpacedHyphensTests
{
    private const string Article = "Christopher Jeffrey-Shaw, 26, has been charged with murder after the 68-year-old victim was found. "
        + "Rovers won 2-1 on Friday - exactly a year after the club was sold. City drew 3–3 at home.";

    [Theory]
    [InlineData("Christopher Jeffrey - Shaw, 26, was charged.", "Christopher Jeffrey-Shaw, 26, was charged.")]
    [InlineData("The 68 - year - old victim was found.", "The 68-year-old victim was found.")]
    [InlineData("Rovers won 2 - 1 on Friday - exactly a year on.", "Rovers won 2-1 on Friday - exactly a year on.")]
    [InlineData("No hyphen here.", "No hyphen here.")]
    [InlineData("City drew 3 - 3 at home.", "City drew 3-3 at home.")]
    public void Words_the_article_joins_are_joined_and_a_dash_between_others_stays(string summary, string expected) =>
        Assert.Equal(expected, SpacedHyphens.Join(summary, Article));

    [Fact]
    public void A_hyphenated_name_spaced_by_tokenisation_is_the_articles_person()
    {
        var verdict = VerifyText(FromText(Article), "Christopher Jeffrey - Shaw, 26, was charged with the murder of the victim.");

        Assert.True(verdict.IsVerified, string.Join("\n", verdict.Findings.Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind} {f.Claim}: {f.Note}")));
    }
}
