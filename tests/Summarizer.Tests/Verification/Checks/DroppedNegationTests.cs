using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Alignment;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>A summary that states what the article sentence negates ("reported a profit" for "did not report a profit").</summary>
public class DroppedNegationTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "The club said ticket prices would not rise next season. The company did not report a profit last year, and its " +
        "shares have never recovered. The minister did not confirm when she would return, but confirmed she was tired. " +
        "The plan is not only cheap but quick, the mayor said. Officials met at No 10 Downing Street on Monday. " +
        "However, the president failed to secure a public commitment from his partners. The mayor did not sign the " +
        "order on Friday. The bridge will not open to traffic until May. The board will decide whether or not to approve " +
        "the merger. Residents cannot afford the new rents in the city centre. Shares in the bank declined sharply on Monday. " +
        "Europe does not have 200,000 peacekeepers available to send. The fund is not 40 years old. Djokovic is No 1 in " +
        "the world rankings after his win in Paris.");

    [Theory]
    [InlineData("The club said ticket prices would rise next season.", "rise")]
    [InlineData("The company reported a profit last year.", "report")]
    [InlineData("Its shares have recovered.", "recovered")]
    [InlineData("the company did not report a profit last year , and its shares have recovered .", "recovered")]
    [InlineData("The president secured a public commitment from his partners.", "secure")]
    [InlineData("The mayor signed the order on Friday.", "sign")]
    [InlineData("Residents can afford the new rents in the city centre.", "afford")]
    [InlineData("Europe has 200,000 peacekeepers available to send.", "have")]
    [InlineData("Europe had 200,000 peacekeepers available.", "have")]
    [InlineData("The fund is 40 years old.", "is")]
    public void A_negated_statement_stated_plainly_is_contradicted_with_the_article_sentence_as_evidence(string summary, string word)
    {
        var verdict = VerifyText(Article, summary);
        var polarity = Assert.Single(verdict.Findings, f => f.Kind == "polarity");
        Assert.Equal(FindingStatus.Contradicted, polarity.Status);
        Assert.Contains($"'{word}'", polarity.Note);
        Assert.Matches(" (not|never|failed to|cannot) ", polarity.Evidence);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("The club said ticket prices would not rise next season.")]
    [InlineData("the club said ticket prices wo n't rise next season .")]
    [InlineData("The company failed to report a profit last year.")]
    [InlineData("The president did not secure a public commitment from his partners.")] // "failed to" negates as "not" does
    [InlineData("The president failed to secure a public commitment.")]
    [InlineData("The minister confirmed she was tired.")]                              // the context rule: not the negated "confirm"
    [InlineData("The bridge will open to traffic in May.")]                            // "not … until May" says it will, then
    [InlineData("The board will decide whether to approve the merger.")]               // "whether or not" negates nothing
    [InlineData("The plan is cheap but quick, the mayor said.")]
    [InlineData("Officials met at Downing Street on Monday.")]
    [InlineData("Europe does not have 200,000 peacekeepers available to send.")]
    [InlineData("Europe lacks 200,000 peacekeepers.")]
    [InlineData("After his win in Paris, Djokovic is No 1 in the world rankings again.")]   // a rank, not a negation
    public void A_kept_negation_or_a_word_outside_the_negation_is_left_alone(string summary)
    {
        var verdict = VerifyText(Article, summary);
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == "polarity");
    }

    [Fact]
    public void A_verb_that_fell_is_no_negation_so_an_added_not_is_still_contradicted()
    {
        var verdict = VerifyText(Article, "Shares in the bank did not decline sharply on Monday.");
        Assert.Equal(FindingStatus.Contradicted, Assert.Single(verdict.Findings, f => f.Kind == "polarity").Status);
    }

    [Fact]
    public void A_contraction_written_apart_reads_as_not()
    {
        var tokens = WordTokenizer.Tokenize("billy has n't been seen and ca n’t be reached");
        Assert.Equal(["billy", "has", "not", "been", "seen", "and", "ca", "not", "be", "reached"], tokens.Select(t => t.Folded));
    }
}
