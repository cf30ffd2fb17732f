using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Checks;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>What happened, said with a verb the article never uses ("the plan was approved" for a plan discussed).</summary>
public class NovelPredicateTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "The city council discussed the new housing plan on Tuesday evening. Members raised concerns about the cost of " +
        "the scheme. Passengers were stuck on the train for three hours after it was delayed outside York by a signal " +
        "failure. A man was arrested after a fight outside a pub in Leeds. Three people died in a crash on the A9 near " +
        "Perth on Sunday evening.");

    [WordNetTheory]
    [InlineData("The new housing plan was approved on Tuesday evening.", "approved")]
    [InlineData("The new housing plan has been rejected by the city council.", "rejected")]
    [InlineData("After a fight outside a pub in Leeds, a man was stabbed.", "stabbed")]   // not in the place of "arrested"
    [InlineData("On Tuesday evening, the city council members approved the new housing plan.", "approved")]   // subject, verb, object
    public void A_verb_the_article_never_uses_is_unsupported(string summary, string verb)
    {
        var findings = VerifyText(Article, summary).Findings.Where(f => f.Note?.StartsWith("the article never says", StringComparison.Ordinal) == true).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(FindingStatus.Unsupported, finding.Status);
        Assert.Equal($"the article never says '{verb}' or a word like it", finding.Note);
    }

    [Fact]
    public void Without_WordNet_the_check_never_runs()
    {
        const string summary = "The new housing plan was approved on Tuesday evening.";
        Assert.Empty(NovelPredicate.Check(summary, AlignedWithoutWordNet(Article, summary), lexicon: null));
    }

    [WordNetTheory]
    [InlineData("The new housing plan was debated on Tuesday evening.")]                                   // a synonym
    [InlineData("A man was detained after a fight outside a pub in Leeds.")]                              // a synonym of "arrested"
    [InlineData("Passengers were stuck on the train for three hours after a delay outside York caused by a signal failure.")] // a modifier
    [InlineData("The city council discussed the new housing plan on Tuesday evening.")]                   // the article's words
    [InlineData("The proposed housing plan was discussed by the city council on Tuesday evening.")]       // a participle before its noun
    [InlineData("A man charged after a fight outside a pub in Leeds was arrested.")]                      // a participle after its noun
    [InlineData("Members interviewed this week raised concerns about the cost of the scheme.")]           // ... before a time phrase
    [InlineData("Three people were killed in a crash on the A9 near Perth on Sunday evening.")]           // "kill" causes "die"
    public void A_verb_the_article_words_otherwise_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Note?.StartsWith("the article never says", StringComparison.Ordinal) == true);
    }
}
