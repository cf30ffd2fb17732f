using Summarizer.Articles;

namespace Summarizer.Tests.Articles;

public class ArticleFactoryTests
{
    private static Article? Create(string body, out string? error) => new ArticleFactory().TryCreate(new RawArticle("test.txt", body), out error);

    [Fact]
    public void A_text_that_repeats_one_or_two_words_has_nothing_to_summarise()
    {
        Assert.Null(Create(string.Join(' ', Enumerable.Repeat("word", 30)) + ".", out var error));
        Assert.Contains("different words", error);
        Assert.Null(Create(string.Concat(Enumerable.Repeat("Buy now. ", 20)), out _));
    }

    [Fact]
    public void A_short_text_with_one_real_sentence_is_an_article()
    {
        var article = Create("Minister resigns over housing row. " + string.Join(' ', Enumerable.Repeat("word", 30)) + ".", out var error);
        Assert.NotNull(article);
        Assert.Null(error);
    }
}
