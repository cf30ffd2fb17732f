using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Quotes;

public class QuoteExtractorTests
{
    [Theory]
    [InlineData("“We can step in rapidly,” German Defense Minister Boris Pistorius told reporters.", "Boris Pistorius")]
    [InlineData("\"I want the Americans to be on our side,\" said French President Emmanuel Macron.", "Emmanuel Macron")]
    [InlineData("Dutch Defense Minister Ruben Brekelmans said: «The higher the risk, the more the U.S. matters.»", "Ruben Brekelmans")]
    [InlineData("Deputy Foreign Minister Sergei Ryabkov warned that Moscow “definitely will not agree” to it.", "Sergei Ryabkov")]
    [InlineData("“Any foreign troop presence risks escalation,” according to Italian Prime Minister Giorgia Meloni.", "Giorgia Meloni")]
    public void Attributes_quotes_to_the_named_speaker(string text, string speaker)
    {
        var quote = Assert.Single(FactsOf(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Prime Minister Anna Clarke met him. Asked about it, a spokesman for Clarke said: \"The prime minister stands by every one of them.\"")]
    [InlineData("Prime Minister Anna Clarke met him. A spokeswoman for Prime Minister Anna Clarke said: “She stands by every one of them.”")]
    [InlineData("Prime Minister Anna Clarke met him. “She stands by every one of them,” said a spokesman for Clarke.")]
    [InlineData("Prime Minister Anna Clarke met him. Clarke's spokesman said: “She stands by every one of them.”")]
    [InlineData("Prime Minister Anna Clarke met him. “She stands by every one of them,” sources close to Clarke told reporters.")]
    public void A_quote_from_someone_speaking_for_a_person_is_not_credited_to_that_person(string text)
    {
        var facts = FactsOf(text);
        Assert.Contains(facts.People, p => p.Name == "Anna Clarke");
        var quote = Assert.Single(facts.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("Anna Clarke", quote.OnBehalfOf);
    }

    [Fact]
    public void Words_between_a_relation_and_the_name_that_are_no_title_leave_the_speaker_alone()
    {
        var facts = FactsOf("Prime Minister Keir Starmer visited Southport on Monday. Relatives of the victims met Starmer, who told them: "
            + "“We will get you the answers you deserve.”");
        var quote = Assert.Single(facts.Quotes);
        Assert.Null(quote.OnBehalfOf);
    }

    [Fact]
    public void He_said_resolves_to_the_person_mentioned_last()
    {
        var facts = FactsOf("British Prime Minister Keir Starmer framed the plan as a step forward.\n“We will establish military hubs across Ukraine,” he said.");
        Assert.Equal("Keir Starmer", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void A_following_quote_in_the_same_paragraph_inherits_the_speaker()
    {
        var facts = FactsOf("“For the U.S. to participate, they need to see that we are doing a lot,” Lithuanian Defense Minister Dovile Sakaliene told reporters. “One of the most important roles for the U.S. is monitoring the ceasefire.”\n“This one stands alone in a new paragraph.”");
        Assert.Equal(3, facts.Quotes.Count);
        Assert.Equal("Dovile Sakaliene", facts.Quotes[0].Speaker);
        Assert.Equal("Dovile Sakaliene", facts.Quotes[1].Speaker);
        Assert.Null(facts.Quotes[2].Speaker);
    }

    [Fact]
    public void Quote_text_and_span_exclude_the_marks()
    {
        var article = FromText("Lecornu said the force was “robust” and would deploy soon.");
        var quote = Assert.Single(FactsOf(article).Quotes);
        Assert.Equal("robust", quote.Text);
        Assert.Equal("robust", article.Text.Substring(quote.Span.Start, quote.Span.Length));
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        Assert.Empty(FactsOf("Europe’s leaders met at Britain’s embassy; it’s a start for Russia’s neighbours.").Quotes);
    }

    [Fact]
    public void Seed_quotes_have_their_speakers()
    {
        var facts = FactsOf(Seed("003"));
        Assert.Contains(facts.Quotes, q => q.Text.StartsWith("Long-lasting security guarantees") && q.Speaker == "Sebastien Lecornu");
        Assert.Contains(facts.Quotes, q => q.Text.StartsWith("If the U.S. chose not to participate") && q.Speaker == "Ben Barry");
    }

    [Theory]
    [InlineData("President Jane Roe described the plan as “robust” on Monday.")]
    [InlineData("Jane Roe, the minister, said the “special relationship” was intact.")]
    public void A_quoted_word_or_two_is_a_term_with_no_speaker(string text)
    {
        var quote = Assert.Single(FactsOf(text).Quotes);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void The_text_between_two_straight_quotations_is_not_a_quotation()
    {
        var facts = FactsOf("\"We are doing a lot,\" said Minister Jane Roe. \"The allies must help too.\"");
        Assert.Equal(["We are doing a lot", "The allies must help too."], facts.Quotes.Select(q => q.Text));
        Assert.All(facts.Quotes, q => Assert.Equal("Jane Roe", q.Speaker));
    }
}
