using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>Reported speech that the summary gives to another speaker than the article does.</summary>
public class SpeakerSwapTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "Council leader John Smith and opposition leader Mary Jones clashed over the budget on Tuesday. Jones said the " +
        "cuts to libraries would hurt families, while Smith said the plan would go ahead. The new parking charges would " +
        "raise two million pounds a year, Smith told reporters. He said the swimming pool on Mill Road would stay open. " +
        "Ben Elton, who distanced himself from the party under Tony Blair, told supporters he was back with Labour.");

    [Theory]
    [InlineData("Smith said the cuts to libraries would hurt families.", "Jones", "Smith")]
    [InlineData("The cuts to libraries would hurt families, John Smith said.", "Jones", "John Smith")]
    [InlineData("Jones told reporters the new parking charges would raise two million pounds a year.", "Smith", "Jones")]
    public void Words_the_article_gives_to_another_speaker_are_contradicted(string summary, string articleSpeaker, string summarySpeaker)
    {
        var verdict = VerifyText(Article, summary);
        var finding = Assert.Single(verdict.Findings, f => f.Kind == "attribution");
        Assert.Equal(FindingStatus.Contradicted, finding.Status);
        Assert.Equal($"the article gives these words to {articleSpeaker}, not to {summarySpeaker}", finding.Note);
        Assert.False(verdict.IsVerified);
    }

    [Theory]
    [InlineData("Mary Jones said the cuts to libraries would hurt families.")]                 // the same speaker, named in full
    [InlineData("Smith said the plan would go ahead despite the cuts to libraries.")]         // words of both speakers
    [InlineData("Smith said the swimming pool on Mill Road would stay open.")]                // "he said": whoever he is
    [InlineData("Ben Elton told supporters he was back with Labour.")]                        // a clause between name and verb
    [InlineData("Jones said the cuts to libraries would hurt families.")]
    public void The_speaker_the_article_gives_or_a_doubtful_one_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "attribution");
    }
}
