using Summarizer.Summaries;
using Summarizer.Articles;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

/// <summary>A headline copied from the article's own title is the source speaking; any other headline is a claim to check.</summary>
public class HeadlineTitleTests
{
    // The title names people and places that the body never mentions.
    private static readonly Article Article = new ArticleFactory().Create(new RawArticle("titled.txt",
        "The ministry said on Tuesday that the programme would be reviewed by the end of the year. Officials declined to give a figure.")
        { Title = "Donald Trump and Emmanuel Macron discuss 40,000 troops for Kyiv" });

    [Fact]
    public void A_headline_that_is_the_articles_title_is_supported_by_the_title()
    {
        var verdict = Verify(Article, Summary() with { Headline = "  Donald Trump and Emmanuel Macron  discuss 40,000 troops for Kyiv" });

        var headline = Only(verdict, "headline");
        Assert.Equal(FindingStatus.Supported, headline.Status);
        Assert.Equal(Article.Title, headline.Evidence);
        Assert.DoesNotContain(verdict.Findings, f => f.Kind is "person" or "place" or "quantity");
        Assert.True(verdict.IsVerified);
    }

    [Fact]
    public void A_headline_that_rewrites_the_title_is_checked_against_the_body()
    {
        var verdict = Verify(Article, Summary() with { Headline = "Donald Trump and Emmanuel Macron discuss 50,000 troops for Kyiv" });

        Assert.NotEqual(FindingStatus.Supported, Only(verdict, "headline").Status);
        Assert.Contains(verdict.Findings, f => f.Kind == "person" && f.Claim == "Donald Trump" && f.Status != FindingStatus.Supported);
        Assert.Contains(verdict.Findings, f => f.Kind == "quantity" && f.Status != FindingStatus.Supported);
        Assert.False(verdict.IsVerified);
    }
}
