using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>A summary that says someone backs what the article sentence says they doubt or oppose.</summary>
public class StanceFlipTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "Trump remains skeptical about providing security guarantees to Ukraine. The council was reluctant at first but " +
        "finally agreed to the new parking fees. Labour opposed the housing bill, which the Conservatives supported. " +
        "Residents are opposed to the new road through the park. Liverpool beat Chelsea in a critical match at Anfield on " +
        "Sunday. Members of the RMT union rejected the pay offer from Network Rail in a ballot on Tuesday.");

    [Theory]
    [InlineData("Trump has agreed to provide security guarantees to Ukraine.", "skeptical", "agreed")]
    [InlineData("Trump is keen on providing security guarantees to Ukraine.", "skeptical", "keen")]
    [InlineData("Residents welcomed the new road through the park.", "opposed", "welcomed")]
    public void Support_for_what_the_sentence_doubts_is_contradicted(string summary, string articleWord, string summaryWord)
    {
        var verdict = VerifyText(Article, summary);
        var polarity = Assert.Single(verdict.Findings, f => f.Kind == "polarity");
        Assert.Equal(FindingStatus.Contradicted, polarity.Status);
        Assert.Equal($"the article sentence says '{articleWord}' where the summary says '{summaryWord}'", polarity.Note);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("Trump remains skeptical about providing security guarantees to Ukraine, he says.")]
    [InlineData("In a ballot on Tuesday, RMT union members voted against accepting the pay offer from Network Rail.")]
    [InlineData("Liverpool beat Chelsea at Anfield on Sunday in a match the committee called critical.")]   // whole words only
    [InlineData("The council finally agreed to the new parking fees.")]                     // the sentence says it agreed
    [InlineData("The Conservatives backed the housing bill, which Labour opposed.")]        // the sentence gives both sides
    public void A_stance_the_sentence_gives_or_a_turned_round_one_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "polarity");
    }
}
