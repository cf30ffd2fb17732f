using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Checks;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>A summary no rule faults, scored under even odds, is not passed off as verified.</summary>
public class LowScoreCheckTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "Council leader John Smith and opposition leader Mary Jones clashed over the budget on Tuesday. Jones said the " +
        "cuts to libraries would hurt families, while Smith said the plan would go ahead.");

    [Fact]
    public void A_low_score_with_words_the_article_lacks_is_unsupported_and_names_them()
    {
        var verdict = VerifyText(Article, "The plan was approved by the council on Tuesday.");

        Assert.True(verdict.Score < LowScoreCheck.Floor, $"score {verdict.Score}");
        var finding = Assert.Single(verdict.Findings, f => f.Kind == "summary");
        Assert.Equal(FindingStatus.Unsupported, finding.Status);
        Assert.EndsWith("words the article does not have: approved", finding.Note);
        Assert.False(verdict.IsVerified);
    }

    [Fact]
    public void A_summary_the_article_states_gets_no_such_finding()
    {
        var verdict = VerifyText(Article, "Smith said the plan would go ahead.");

        Assert.True(verdict.Score >= LowScoreCheck.Floor, $"score {verdict.Score}");
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == "summary");
        Assert.True(verdict.IsVerified);
    }
}
