namespace Summarizer.Articles.Reading;

/// <summary>Why a posted article was refused, so a server can answer with the matching status.</summary>
public enum PostedArticleProblem
{
    None,

    /// <summary>Empty, not text, or nothing left to summarise (400).</summary>
    Invalid,

    /// <summary>Over <see cref="ArticleOptions.MaxArticleBytes"/> (413).</summary>
    TooLarge,
}

/// <summary>An article sent in a request body, or why it was refused and which field is at fault.</summary>
public sealed record PostedArticle(RawArticle? Article, PostedArticleProblem Problem, string? Field, string? Error)
{
    public static PostedArticle Ok(RawArticle article) => new(article, PostedArticleProblem.None, null, null);

    public static PostedArticle Invalid(string field, string error) => new(null, PostedArticleProblem.Invalid, field, error);

    public static PostedArticle TooLarge(string field, string error) => new(null, PostedArticleProblem.TooLarge, field, error);
}
