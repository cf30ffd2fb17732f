using System.Text;
using Summarizer.Articles;
using Summarizer.Articles.Reading;

namespace Summarizer.Tests.Articles.Reading;

/// <summary>An article posted field by field without a title is read as the same text from a <c>.txt</c> file is.</summary>
public class PostedArticleReaderTests
{
    private const string Text = "Harbour plan approved after long debate\nThe city council approved the harbour plan on Tuesday after a long debate. Work on the new quay starts in May.\n";

    private static readonly PostedArticleReader Reader = new(new ArticleOptions());
    private static readonly ArticleFactory Factory = new();

    private static Article FromFile(string text)
    {
        var outcome = Assert.Single(new ArticleFileReader(new ArticleOptions()).Parse("a.txt", ".txt", Encoding.UTF8.GetBytes(text)));
        return Factory.Create(outcome.Article!);
    }

    private static Article FromFields(string? title, string text) =>
        Factory.Create(Reader.FromFields("request body", title, null, null, null, text, "text").Article!);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_title_the_first_line_is_the_title_when_it_reads_like_one(string? title)
    {
        var file = FromFile(Text);
        var posted = FromFields(title, Text);

        Assert.Equal("Harbour plan approved after long debate", posted.Title);
        Assert.Equal((file.Id, file.Title, file.Text), (posted.Id, posted.Title, posted.Text));
        Assert.Equal(file.Sentences.Select(s => s.Text), posted.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_stays_the_text_as_in_a_file()
    {
        string text = "The city council approved the harbour plan on Tuesday.\nWork on the new quay starts in May after a long debate.\n";
        var posted = FromFields(null, text);

        Assert.Null(posted.Title);
        Assert.Equal(FromFile(text).Id, posted.Id);
        Assert.StartsWith("The city council approved", posted.Text);
    }

    [Fact]
    public void A_stated_title_is_the_title_and_no_line_is_taken_for_one()
    {
        var raw = Reader.FromFields("request body", "Quay plan", null, null, null, Text, "text").Article!;

        Assert.False(raw.TitleInBody);
        Assert.Equal("Quay plan", Factory.Create(raw).Title);
    }

    [Fact]
    public void A_plain_text_body_and_a_json_text_field_give_one_article()
    {
        var plain = Factory.Create(Reader.FromPlainText("request body", Encoding.UTF8.GetBytes(Text), Encoding.UTF8).Article!);

        Assert.Equal(plain.Id, FromFields(null, Text).Id);
    }
}
