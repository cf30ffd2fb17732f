namespace Summarizer.Evaluation.Tests;

public class ArticleFingerprintTests
{
    private const string Budget = "The council approved the school budget on Monday after a long debate. The budget raises teacher pay.";
    private const string Storm = "Storms hit the coast overnight and thousands of homes lost power. Crews worked through the night.";

    [Fact]
    public void Two_copies_of_one_article_share_a_fingerprint_and_two_articles_do_not()
    {
        Assert.Equal(ArticleFingerprint.Of("He said: “No.”It rained."), ArticleFingerprint.Of("He said \"no\". It rained!"));
        Assert.Equal(ArticleFingerprint.Of("It cost £5."), ArticleFingerprint.Of("It cost Â£5."));
        Assert.NotEqual(ArticleFingerprint.Of(Budget), ArticleFingerprint.Of(Storm));
        // A copy cut after the opening is still the same article.
        string longText = string.Concat(Enumerable.Repeat(Budget + " ", 10));
        Assert.Equal(ArticleFingerprint.Of(longText), ArticleFingerprint.Of(longText + " A late update was added."));
    }
}
