using Summarizer.Articles.Sentences;

namespace Summarizer.Tests.Articles;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("U.S. President Donald Trump spoke. He left.", 2)]
    [InlineData("The U.K. and France met in Paris. Talks went on.", 2)]
    [InlineData("Gen. Mark Milley and Dr. Jane Roe arrived. They spoke.", 2)]
    [InlineData("J. K. Rowling wrote it. It sold well.", 2)]
    [InlineData("Growth was 3.5 percent. Prices rose 1,200.50 dollars.", 2)]
    [InlineData("Troops number 200,000. More may come.", 2)]
    [InlineData("He moved to the U.S. The move surprised many.", 2)]
    [InlineData("Is it over? No! It is not.", 3)]
    [InlineData("They met on Jan. 5 in Kyiv. It was cold.", 2)]
    public void Splits_at_sentence_ends_only(string text, int expected) => Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Keeps_a_multi_sentence_quotation_whole()
    {
        var sentences = Split("\"I want them on our side. But we must be ready,\" said Macron. Talks resumed.");
        Assert.Equal(["\"I want them on our side. But we must be ready,\" said Macron.", "Talks resumed."], sentences);
    }

    [Fact]
    public void Ends_a_sentence_after_a_closing_quote()
    {
        var sentences = Split("He called it “robust.” Others disagreed.");
        Assert.Equal(["He called it “robust.”", "Others disagreed."], sentences);
    }

    [Fact]
    public void Offsets_point_at_the_sentence_text()
    {
        const string text = "First one here.\nSecond line, no stop\nThird. Fourth!";
        foreach (var s in SentenceSplitter.Split(text))
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
        Assert.Equal(4, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Lowercase_after_a_full_stop_does_not_start_a_sentence()
    {
        Assert.Single(Split("The vote was 5 vs. 3 in favour. "));
    }

    [Fact]
    public void Splits_lower_cased_text_at_its_full_stops()
    {
        var sentences = Split("the mayor met union leaders on monday. talks went on until late. mr. roe left early.");
        Assert.Equal(["the mayor met union leaders on monday.", "talks went on until late.", "mr. roe left early."], sentences);
    }

    [Theory]
    [InlineData("Fans cheered the new signing at the ground The striker joined from a rival club.", "Fans cheered the new signing at the ground")]
    [InlineData("A caption about the flood in 2019 It left hundreds homeless.", "A caption about the flood in 2019")]
    public void Starts_a_sentence_where_a_caption_lost_its_full_stop(string text, string first)
    {
        var sentences = Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("The band played It Takes Two at the festival.")]
    [InlineData("He read The Times on the train every morning.")]
    [InlineData("Fans call the stadium The Fortress these days.")]
    public void Does_not_split_at_a_capitalised_word_that_continues_the_sentence(string text) => Assert.Single(Split(text));
}
