using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>Who did what to whom, when the summary and the article word the event in different voices.</summary>
public class RelationCheckTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "Gary Locke will be confirmed as Kilmarnock's manager on Monday, the club said. Hearts sacked Robbie Neilson " +
        "after the defeat at Ibrox. Celtic beat Rangers 2-0 in the cup final on Sunday.");

    [Theory]
    [InlineData("Kilmarnock will confirm Gary Locke as manager on Monday.")]   // active for the article's passive
    [InlineData("Robbie Neilson was sacked by Hearts after the defeat at Ibrox.")]
    [InlineData("Robbie Neilson was later sacked as Hearts manager after the defeat at Ibrox.")]   // passive for the article's active
    public void The_same_event_in_the_other_voice_is_no_swap(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "relation");
    }

    private static readonly Summarizer.Articles.Article Others = Repo.FromText(
        "Robbie Neilson was on Sunday sacked as Hearts manager following the 3-0 defeat at Ibrox. Celtic were drawn " +
        "against Rangers in the semi-final. Rishi Sunak met Joe Biden at the White House on Thursday.");

    [Theory]
    [InlineData("Hearts sacked Robbie Neilson following the 3-0 defeat at Ibrox.")]       // "was on Sunday sacked"
    [InlineData("Rangers were drawn against Celtic in the semi-final.")]                  // either side of a draw
    [InlineData("Joe Biden met Rishi Sunak at the White House on Thursday.")]             // either side of a meeting
    public void A_passive_with_words_between_or_a_two_sided_verb_is_no_swap(string summary)
    {
        Assert.DoesNotContain(VerifyText(Others, summary).Findings, f => f.Kind == "relation");
    }

    [Theory]
    [InlineData("Rangers beat Celtic 2-0 in the cup final on Sunday.")]
    [InlineData("Robbie Neilson sacked Hearts after the defeat at Ibrox.")]
    public void Sides_swapped_in_the_same_voice_are_contradicted(string summary)
    {
        var relation = Assert.Single(VerifyText(Article, summary).Findings, f => f.Kind == "relation");
        Assert.Equal(FindingStatus.Contradicted, relation.Status);
    }
}
