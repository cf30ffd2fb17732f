namespace Summarizer.Articles.Reading;

/// <summary>One item read from a source: an article, or the reason it could not be read. Never both.</summary>
public sealed record ReadOutcome(string Source, RawArticle? Article, string? Error)
{
    public static ReadOutcome Ok(RawArticle article) => new(article.Source, article, null);

    public static ReadOutcome Fail(string source, string error) => new(source, null, error);
}
