using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

public class QuoteAndKeyPointTests
{
    private const string Pistorius = "We can step in rapidly for example with ammunition but also with satellite communication if this should be needed";

    private static Finding Quote(string text, string? speaker) =>
        Only(Verify(Seed("003"), Summary(quotes: [new SummaryQuote(text, speaker, -1)])), "quote");

    [Fact]
    public void A_quote_with_its_speaker_is_supported()
    {
        var f = Quote(Pistorius, "Boris Pistorius");
        Assert.Equal(FindingStatus.Supported, f.Status);
        Assert.StartsWith("We can step in rapidly", Seed("003").Text.Substring(f.EvidenceStart, f.EvidenceLength));
    }

    [Fact]
    public void Case_whitespace_quote_style_and_ellipses_do_not_matter()
    {
        Assert.Equal(FindingStatus.Supported, Quote("we can  STEP in rapidly … satellite communication", "Pistorius").Status);
    }

    [Fact]
    public void A_quote_given_to_the_wrong_speaker_is_contradicted()
    {
        var f = Quote(Pistorius, "Sebastien Lecornu");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
        Assert.Contains("Boris Pistorius", f.Note);
    }

    [Fact]
    public void A_quote_given_to_the_person_a_spokesman_spoke_for_is_contradicted()
    {
        var article = Repo.FromText("Prime Minister Anna Clarke accepted his resignation. Asked about the targets, a spokesman for Clarke said: "
            + "\"The prime minister stands by every one of them.\" Housing minister Tom Baker said: \"I could not defend it.\"");
        Finding For(string speaker) =>
            Only(Verify(article, Summary(quotes: [new SummaryQuote("The prime minister stands by every one of them", speaker, -1)])), "quote");
        var clarke = For("Anna Clarke");
        Assert.Equal(FindingStatus.Contradicted, clarke.Status);
        Assert.Contains("speaking for Anna Clarke", clarke.Note);
        Assert.Equal(FindingStatus.Unsupported, For("Tom Baker").Status);
        // A summary that keeps the spokesman is faithful, although it names Clarke beside the quote.
        var kept = VerifyText(article, "Clarke's spokesman said: \"The prime minister stands by every one of them.\"");
        Assert.DoesNotContain(kept.Findings, f => f.Kind == "quote" && f.Status != FindingStatus.Supported);
    }

    [Fact]
    public void Words_not_in_the_article_are_unsupported()
    {
        Assert.Equal(FindingStatus.Unsupported, Quote("We will send ten thousand troops tomorrow", "Boris Pistorius").Status);
        Assert.Equal(FindingStatus.Unsupported, Quote("satellite communication ... we can step in", null).Status);
    }

    [Fact]
    public void Key_point_citing_its_sentence_is_supported()
    {
        var article = Seed("000");
        int id = SentenceWith(article, "15 countries have already proposed");
        var f = Only(Verify(article, Summary(keyPoints: [new KeyPoint("15 countries have already proposed deploying forces, including aircraft.", [id])])), "keyPoint");
        Assert.Equal(FindingStatus.Supported, f.Status);
        Assert.Equal(article.Sentences[id].Start, f.EvidenceStart);
    }

    [Fact]
    public void Key_point_citing_the_wrong_sentence_is_unsupported_and_names_the_better_one()
    {
        var article = Seed("000");
        int right = SentenceWith(article, "15 countries have already proposed");
        int wrong = SentenceWith(article, "Rheinmetall");
        var f = Only(Verify(article, Summary(keyPoints: [new KeyPoint("15 countries have already proposed deploying forces, including aircraft.", [wrong])])), "keyPoint");
        Assert.Equal(FindingStatus.Unsupported, f.Status);
        Assert.Contains($"sentence {right}", f.Note);
    }

    [Fact]
    public void Key_point_citing_a_missing_sentence_is_unsupported()
    {
        var f = Only(Verify(Seed("000"), Summary(keyPoints: [new KeyPoint("15 countries proposed deploying forces.", [999])])), "keyPoint");
        Assert.Equal(FindingStatus.Unsupported, f.Status);
        Assert.Contains("999", f.Note);
    }

    [Fact]
    public void Key_point_changing_a_number_of_its_sentence_is_contradicted()
    {
        var article = Seed("000");
        int id = SentenceWith(article, "15 countries have already proposed");
        var f = Only(Verify(article, Summary(keyPoints: [new KeyPoint("20 countries have already proposed deploying forces, including aircraft.", [id])])), "keyPoint");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
    }

    private const string MatchReport =
        "Rovers beat City 3-1 at Ewood Park on Saturday, with striker Tom Hale scoring twice in the second half. "
        + "Hale, 24, has now scored 11 goals this season, the club said. City's only goal came from a penalty by Sam Kerr. "
        + "Hibernian manager Jack Ross watched from the stand.";

    [Fact]
    public void A_free_text_key_point_that_joins_two_sentences_is_supported_by_both()
    {
        var article = FromText(MatchReport);
        var finding = Only(VerifyText(article, "Hale, 24, scored twice as Rovers beat City 3-1."), "keyPoint");

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Contains("Rovers beat City 3-1", finding.Evidence);
        Assert.Contains("Hale, 24,", finding.Evidence);
    }

    [Theory]
    [InlineData("Ross, 24, scored twice as Rovers beat City 3-1.")]
    [InlineData("Kerr, 24, scored twice as Rovers beat City 3-1.")]
    public void A_key_point_joining_two_sentences_must_find_a_person_named_by_surname_in_the_best_one(string summary)
    {
        var verdict = VerifyText(FromText(MatchReport), summary);

        Assert.Equal(FindingStatus.Unsupported, Only(verdict, "keyPoint").Status);
        Assert.False(verdict.IsVerified);
    }

    [Fact]
    public void Joining_sentences_a_surname_the_article_also_uses_as_a_word_is_not_read_as_the_person()
    {
        var article = FromText("Rovers beat City 3-1 on Saturday, with striker Tom Hale scoring twice. "
            + "Hale, 24, joined in May from Leeds. Theresa May watched from the stand and said it may be the best win of the season.");
        var finding = Only(VerifyText(article, "Hale, 24, who joined in May, scored twice as Rovers beat City 3-1."), "keyPoint");

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Contains("Hale, 24, joined in May", finding.Evidence);
    }

    [Fact]
    public void Two_sentences_tied_only_by_a_day_are_not_joined()
    {
        var article = FromText("Rovers beat City 3-1 at home on Saturday, the club said. "
            + "Police said 12 people were arrested after a concert in Leeds on Saturday.");
        var finding = Only(VerifyText(article, "12 people were arrested as Rovers beat City 3-1 on Saturday."), "keyPoint");

        Assert.Equal(FindingStatus.Unsupported, finding.Status);
    }

    [Fact]
    public void A_joined_key_point_that_fails_on_its_person_says_so()
    {
        // Hale ties the match report to "Hale, 24, …", which holds the figure; Ross is in neither.
        var finding = Only(VerifyText(FromText(MatchReport), "Hale's team-mate Ross, 24, scored twice as Rovers beat City 3-1."), "keyPoint");

        Assert.Equal(FindingStatus.Unsupported, finding.Status);
        Assert.Equal("Jack Ross is not named in the cited sentence(s)", finding.Note);
    }
}
