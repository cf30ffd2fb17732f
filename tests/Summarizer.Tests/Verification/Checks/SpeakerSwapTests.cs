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
        "\"The closures will hit children hardest,\" said Jones. Smith said the council had no choice.");

    // Faithful summaries that an earlier version of the check faulted (a product review's cases).
    private static readonly Summarizer.Articles.Article Others = Repo.FromText(
        "Defence Secretary Mary Jones and Chancellor John Smith spoke in Warsaw on Monday. Jones said on Monday the United " +
        "States would send 3,000 more troops to Poland this year. Boris Johnson visited Kyiv on Saturday. The Prime " +
        "Minister said Britain would send more tanks and air defence missiles to Ukraine. Acme chief executive Jane Cole " +
        "said profits would rise by 10% next year as demand for its software grew. Jones said the cuts would hurt " +
        "families, but Smith maintained that the plan to close the libraries was the right one. Jones and Smith said the " +
        "rail strike would cost businesses millions. Jones said on Tuesday that Smith told her the library cuts would " +
        "hurt families across the city.");

    [Theory]
    [InlineData("Smith said the cuts to libraries would hurt families.", "Mary Jones", "Smith")]
    [InlineData("The cuts to libraries would hurt families, John Smith said.", "Mary Jones", "John Smith")]
    [InlineData("Jones told reporters the new parking charges would raise two million pounds a year.", "John Smith", "Jones")]
    [InlineData("Smith said the closures will hit children hardest.", "Mary Jones", "Smith")]   // "…," said Jones.
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
    [InlineData("Jones said the cuts to libraries would hurt families.")]
    public void The_speaker_the_article_gives_or_a_doubtful_one_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Article, summary).Findings, f => f.Kind == "attribution");
    }

    [Theory]
    [InlineData("Jones said the United States would send 3,000 more troops to Poland this year.")]   // "States" is no verb
    [InlineData("Johnson said Britain would send more tanks and air defence missiles to Ukraine.")]  // a title, not a name
    [InlineData("Acme said profits would rise by 10% next year as demand for its software grew.")]   // a company for its chief
    [InlineData("Smith said the plan to close the libraries was the right one.")]                   // ", but Smith maintained"
    [InlineData("Jones said the rail strike would cost businesses millions.")]                      // "Jones and Smith said"
    [InlineData("Jones said Smith told her the library cuts would hurt families across the city.")] // nested speech
    public void Faithful_summaries_of_harder_sentences_are_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Others, summary).Findings, f => f.Kind == "attribution");
    }

    // Speakers set off by commas, and words opened by a colon (a product review's misses).
    private static readonly Summarizer.Articles.Article Apposed = Repo.FromText(
        "Mary Jones, the council leader, said the cuts to libraries would hurt families. The finance chief, John Smith, " +
        "said the plan would go ahead regardless. Both spoke at a meeting on Monday, where Jones said: \"The closures " +
        "will hit children hardest.\" After meeting Smith, the mayor said the swimming pool would stay open. Residents " +
        "said the parking charges would raise two million pounds, Smith and Jones, the two leaders, said.");

    [Theory]
    [InlineData("Smith said the cuts to libraries would hurt families.", "Mary Jones")]        // Mary Jones, the council leader, said
    [InlineData("Jones said the plan would go ahead regardless.", "John Smith")]              // the finance chief, John Smith, said
    [InlineData("Smith said the closures will hit children hardest.", "Mary Jones")]          // Jones said: "…"
    public void Speakers_set_off_by_commas_or_a_colon_are_found(string summary, string articleSpeaker)
    {
        var finding = Assert.Single(VerifyText(Apposed, summary).Findings, f => f.Kind == "attribution");
        Assert.Equal(FindingStatus.Contradicted, finding.Status);
        Assert.StartsWith($"the article gives these words to {articleSpeaker},", finding.Note);
    }

    [Theory]
    [InlineData("Smith said the swimming pool would stay open.")]                 // "After meeting Smith, the mayor said"
    [InlineData("Mary Jones said the cuts to libraries would hurt families.")]
    public void A_name_that_does_not_open_the_clause_is_no_speaker(string summary)
    {
        Assert.DoesNotContain(VerifyText(Apposed, summary).Findings, f => f.Kind == "attribution");
    }

    [Theory]
    [InlineData("Pistorius said the first security guarantee for Ukraine is the Ukrainian army itself.")]
    [InlineData("Healey said the first security guarantee for Ukraine is the Ukrainian army itself.")]
    public void A_quotation_before_a_titled_speaker_is_that_speakers_on_the_seed(string summary)
    {
        // Seed 003: "“A broad consensus is emerging that the first security guarantee for Ukraine is the Ukrainian army
        // itself, …,” French Defense Minister Sebastien Lecornu said at a press conference in Paris on Wednesday, …"
        var finding = Assert.Single(VerifyText(Summarizer.Tests.Facts.TestArticles.Seed("003"), summary).Findings, f => f.Kind == "attribution");
        Assert.Equal(FindingStatus.Contradicted, finding.Status);
        Assert.StartsWith("the article gives these words to Sebastien Lecornu,", finding.Note);
    }

    [Fact]
    public void The_speaker_of_a_quotation_before_a_titled_name_is_left_alone_on_the_seed()
    {
        var verdict = VerifyText(Summarizer.Tests.Facts.TestArticles.Seed("003"),
            "Lecornu said the first security guarantee for Ukraine is the Ukrainian army itself.");
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == "attribution");
    }

    private static readonly Summarizer.Articles.Article Quoted = Repo.FromText(
        "Council leader John Smith and opposition leader Mary Jones clashed over the budget on Tuesday. \u201cThe library " +
        "closures will hit young children hardest,\u201d opposition leader Mary Jones said at a packed meeting in the town hall. " +
        "\"The new parking charges will raise two million pounds,\" Council leader John Smith told reporters outside the " +
        "meeting on Tuesday evening. \u201cWe have no choice,\u201d Smith said that evening, \u201cand the plan will go ahead.\u201d");

    [Theory]
    [InlineData("Smith said the library closures will hit young children hardest.", "Mary Jones")]
    [InlineData("Jones said the new parking charges will raise two million pounds.", "John Smith")]   // straight quotes
    public void A_closed_quotation_before_its_speaker_and_a_long_tail_is_the_speakers(string summary, string articleSpeaker)
    {
        var finding = Assert.Single(VerifyText(Quoted, summary).Findings, f => f.Kind == "attribution");
        Assert.Equal(FindingStatus.Contradicted, finding.Status);
        Assert.StartsWith($"the article gives these words to {articleSpeaker},", finding.Note);
    }

    [Theory]
    [InlineData("Jones said the library closures will hit young children hardest.")]
    [InlineData("Mary Jones said the library closures will hit young children hardest.")]
    [InlineData("Smith said the new parking charges will raise two million pounds.")]
    public void The_speaker_of_a_closed_quotation_is_left_alone(string summary)
    {
        Assert.DoesNotContain(VerifyText(Quoted, summary).Findings, f => f.Kind == "attribution");
    }
}
