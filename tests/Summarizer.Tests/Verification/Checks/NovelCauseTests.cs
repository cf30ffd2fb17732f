using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Checks;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>A cause or occasion the article never mentions ("closed after a fire").</summary>
public class NovelCauseTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "The council's offices on High Street were closed on Monday for repairs. The library will reopen after the " +
        "refurbishment, which follows a long campaign by residents. Staff were moved to the town hall amid concern over " +
        "the cost of the work.");

    [WordNetTheory]
    [InlineData("The council's offices on High Street closed after a fire on Monday.", "after a fire", "fire")]
    [InlineData("Staff were moved to the town hall because of a flood.", "because of a flood", "flood")]
    [InlineData("The library will reopen following a generous donation.", "following a generous donation", "donation")]
    [InlineData("Staff were moved to the town hall as a result of falling income.", "as a result of falling income", "income")]
    [InlineData("The library will reopen in the wake of a scandal.", "in the wake of a scandal", "scandal")]
    public void A_cause_the_article_never_mentions_is_unsupported(string summary, string claim, string noun)
    {
        var findings = VerifyText(Article, summary).Findings.Where(f => f.Kind == "event").ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(FindingStatus.Unsupported, finding.Status);
        Assert.Equal(claim, finding.Claim);
        Assert.Equal($"the article does not mention '{noun}'", finding.Note);
    }

    [Fact]
    public void Without_WordNet_the_check_never_runs()
    {
        const string summary = "The council's offices on High Street closed after a fire on Monday.";
        Assert.Empty(NovelCause.Check(summary, AlignedWithoutWordNet(Article, summary), lexicon: null));   // it needs WordNet to tell the noun
    }

    // Faithful summaries that an earlier version of the check faulted (a product review's cases).
    private static readonly Summarizer.Articles.Article Others = Repo.FromText(
        "Police were called at 12.30am on Sunday. A man was arrested on Tuesday. Hale scored twice in the second half. " +
        "Her body was found four weeks later. Mr Reid has led the council since 2009. The road was closed after a " +
        "cyclist died. Firefighters spent the night tackling a blaze at a warehouse. Many feared the River Don would " +
        "burst its banks. He will appear before magistrates next week. Celtic beat Rangers 2-0, and the win took them top.");

    [WordNetTheory]
    [InlineData("Police were called shortly after midnight on Sunday.")]                   // a time
    [InlineData("A man was arrested the following day.")]
    [InlineData("Hale scored twice after the interval.")]
    [InlineData("Her body was found after a month.")]
    [InlineData("Mr Reid stepped down after more than a decade in charge.")]
    [InlineData("The road was closed following the death of a cyclist.")]                  // a derivation of "died"
    [InlineData("Residents were moved amid fears the River Don would burst its banks.")]   // the noun of "feared"
    [InlineData("He is due to appear before magistrates next week.")]                      // "due to" and a verb
    [InlineData("He is due in court next week.")]                                           // "due" without "to"
    [InlineData("Celtic went top after a victory over Rangers.")]                           // "win" is a kind of victory
    [InlineData("Firefighters spent the night at a warehouse after a fire.")]               // "blaze" is a kind of fire
    public void A_time_or_an_event_the_article_words_otherwise_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Others, summary).Findings, f => f.Kind == "event");
    }

    [Theory]
    [InlineData("The library will reopen after the refurbishment.")]                       // the article's own occasion
    [InlineData("The library will reopen after the renovation.")]                          // a WordNet synonym of it
    [InlineData("Staff moved to the town hall amid concern over the cost of the work.")]
    [InlineData("The library will reopen after campaigning by residents.")]                // a verb, not a noun
    [InlineData("The offices closed on Monday after, officials said, repairs began.")]     // a clause break
    public void An_occasion_the_article_gives_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "event");
    }
}
