using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Articles.Reading;

/// <summary>
/// Articles sent in a request body rather than read from a file, under the same rules as files: one size limit
/// (<see cref="ArticleOptions.MaxArticleBytes"/>) whichever way the text arrives, and pasted markup read like an
/// <c>.html</c> file (the story's text, never its tags or scripts).
/// </summary>
public sealed partial class PostedArticleReader(ArticleOptions options)
{
    /// <summary>A text/plain body in <paramref name="encoding"/>: the first line is the title when it reads like one.</summary>
    public PostedArticle FromPlainText(string source, ReadOnlySpan<byte> body, Encoding encoding)
    {
        if (body.Length > options.MaxArticleBytes) return TooLarge("body", body.Length);
        string? text = encoding is UTF8Encoding
            ? InputDecoder.TryDecode(body, options.MaxArticleBytes, out var error, "the body", InputDecoder.BodyEncodingAdvice)
            : Decode(body, encoding, out error);
        if (text is null) return PostedArticle.Invalid("body", error!);
        return LooksLikeMarkup(text) ? FromMarkup(source, text, "body") : PostedArticle.Ok(new RawArticle(source, text, TitleInBody: true));
    }

    /// <summary>
    /// An article given field by field (a JSON request); <paramref name="field"/> names its text in errors. Without a
    /// title its text is read like a <c>.txt</c> file, whose first line is the title when it reads like one, so a pasted
    /// article gets the id, title and sentences a run gives the same text from a file.
    /// </summary>
    public PostedArticle FromFields(string source, string? title, string? outlet, string? url, string? published, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return PostedArticle.Invalid(field, "the article text is required");
        long bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > options.MaxArticleBytes) return TooLarge(field, bytes);
        if (!LooksLikeMarkup(text))
            return PostedArticle.Ok(new RawArticle(source, text, title, outlet, url, published, TitleInBody: string.IsNullOrWhiteSpace(title)));
        var read = FromMarkup(source, text, field);
        // What the request states wins over what the markup says of itself.
        return read.Article is { } article
            ? PostedArticle.Ok(article with { Title = title ?? article.Title, Outlet = outlet ?? article.Outlet, Url = url ?? article.Url, Published = published ?? article.Published })
            : read;
    }

    /// <summary>True when the text holds HTML elements rather than prose that mentions a "&lt;" now and then.</summary>
    public static bool LooksLikeMarkup(string text) => MarkupTag().IsMatch(text);

    private PostedArticle FromMarkup(string source, string html, string field)
    {
        var article = HtmlArticleParser.Parse(source, html);
        return string.IsNullOrWhiteSpace(article.Body)
            ? PostedArticle.Invalid(field, "the markup holds no article text")
            : PostedArticle.Ok(article);
    }

    private PostedArticle TooLarge(string field, long bytes) => PostedArticle.TooLarge(field,
        $"the article is {InputDecoder.Megabytes(bytes)}, over the {InputDecoder.Megabytes(options.MaxArticleBytes)} limit (Summarizer:Input:MaxArticleBytes)");

    private static string? Decode(ReadOnlySpan<byte> body, Encoding encoding, out string? error)
    {
        error = null;
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            string text = strict.GetString(body);
            if (string.IsNullOrWhiteSpace(text)) error = "the body holds only whitespace";
            return error is null ? text : null;
        }
        catch (DecoderFallbackException)
        {
            error = $"the body is not valid {encoding.WebName} text";
            return null;
        }
    }

    // An element name a page would use, as an opening, closing or self-closing tag.
    [GeneratedRegex(@"</?(?:html|head|body|article|main|section|div|span|p|br|hr|img|script|style|iframe|a|h[1-6]|ul|ol|li|table|figure|figcaption|blockquote|svg|object|embed|meta|link)\b[^<>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupTag();
}
