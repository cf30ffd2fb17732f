using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>One person of the article put in another's place in a sentence the summary follows.</summary>
public class PersonSwapTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "Police have charged a driver after a crash in Leeds on Friday night. Officers arrested Paul Walker, 34, at the " +
        "scene. A passenger, Sarah Green, was taken to hospital with minor injuries. Walker will appear before " +
        "magistrates on Monday. He was questioned by Green's lawyer, Tom Hart, on Saturday. The new footbridge across " +
        "the River Clyde was opened on Friday by Walker, the city mayor. It was designed by engineer Sarah Green.");

    [Theory]
    // Surnames alone, which the key point check leaves to the sentence's pronouns; "Green" and "Walker" are also words.
    [InlineData("Green will appear before magistrates on Monday.", "Paul Walker", "Green")]
    [InlineData("A passenger, Walker, was taken to hospital with minor injuries.", "Sarah Green", "Walker")]
    public void A_person_in_another_persons_place_is_unsupported(string summary, string articlePerson, string summaryPerson)
    {
        var finding = Assert.Single(VerifyText(Article, summary).Findings, f => f.Kind == "person" && f.Note!.StartsWith("the article says", StringComparison.Ordinal));
        Assert.Equal(FindingStatus.Unsupported, finding.Status);
        Assert.Equal($"the article says {articlePerson} where the summary says {summaryPerson}", finding.Note);
        Assert.False(VerifyText(Article, summary).IsVerified);
    }

    [Theory]
    [InlineData("Walker will appear before magistrates on Monday.")]                  // the article's person
    [InlineData("Paul Walker will appear before magistrates on Monday.")]
    [InlineData("Walker was questioned by Tom Hart on Saturday.")]                   // "He": the pronoun may be Walker
    [InlineData("Green said Walker will appear before magistrates on Monday.")]      // the summary names the article's person too
    [InlineData("Officers arrested Green at the scene.")]                            // "arrested Paul Walker, 34, at": one side only
    [InlineData("The new footbridge across the River Clyde, designed by Green, was opened on Friday by the city mayor.")] // "by" alone
    public void The_articles_person_or_a_pronouns_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "person" && f.Note?.StartsWith("the article says", StringComparison.Ordinal) == true);
    }
}
