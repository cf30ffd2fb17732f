using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>
/// An article that tells its story twice: the summary sentence matches one sentence best, and another it follows as
/// closely says the opposite. The polarity check reads both.
/// </summary>
public class PolarityCloseSentencesTests
{
    [Fact]
    public void A_stance_the_article_gives_in_a_later_sentence_is_contradicted_on_the_seed()
    {
        // Seed 000: the lede hopes to "convince U.S. President Donald Trump to commit to providing security guarantees
        // for Kyiv" (the best match); a later sentence says "Trump remains skeptical about providing security guarantees".
        var verdict = VerifyText(Seed("000"), "Trump has agreed to provide security guarantees to Ukraine.");
        var polarity = Assert.Single(verdict.Findings, f => f.Kind == "polarity");
        Assert.Equal(FindingStatus.Contradicted, polarity.Status);
        Assert.Contains("remains skeptical", polarity.Evidence);
        Assert.Equal("the article sentence says 'skeptical' where the summary says 'agreed'", polarity.Note);
        Assert.False(verdict.IsVerified);
    }

    private static readonly Summarizer.Articles.Article Twice = Repo.FromText(
        "Ministers hope the president will commit extra troops to the border region. " +
        "The president remains reluctant about extra troops for the border region, officials said. " +
        "The council opposed the new parking fees for the town centre at first. " +
        "After a long debate in March the council approved the new parking fees for the town centre. " +
        "The club did not sign the young striker from Leeds in January. " +
        "The club finally signed the young striker from Leeds in the summer.");

    [Fact]
    public void A_stance_turned_round_in_a_sentence_the_summary_follows_as_closely_is_contradicted()
    {
        var verdict = VerifyText(Twice, "The president has agreed to extra troops for the border region.");
        var polarity = Assert.Single(verdict.Findings, f => f.Kind == "polarity");
        Assert.Equal(FindingStatus.Contradicted, polarity.Status);
        Assert.StartsWith("The president remains reluctant", polarity.Evidence);
    }

    [Theory]
    [InlineData("The council has approved the new parking fees for the town centre.")]   // "opposed … at first", then "approved"
    [InlineData("The club signed the young striker from Leeds.")]                     // "did not sign in January", then "signed"
    [InlineData("The club has not signed the young striker from Leeds.")]             // the January sentence has the negation
    [InlineData("The president remains reluctant about extra troops for the border region.")]         // the article's own sentences
    [InlineData("The council opposed the new parking fees for the town centre at first.")]
    public void A_sentence_that_states_the_summarys_word_plainly_clears_it(string summary)
    {
        Assert.DoesNotContain(VerifyText(Twice, summary).Findings, f => f.Kind == "polarity");
    }
}
