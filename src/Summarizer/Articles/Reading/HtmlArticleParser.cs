using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Articles.Reading;

/// <summary>HTML page: metadata from the head, the story from &lt;article&gt; (or &lt;main&gt;, or the body), page furniture dropped.</summary>
internal static class HtmlArticleParser
{
    private static readonly string[] Furniture =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "figure", "button", "template"];

    private const string TextBlocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    public static RawArticle Parse(string source, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        string? title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? NullIfEmpty(document.Title);
        string? outlet = Meta(document, "og:site_name");
        string? published = Meta(document, "article:published_time")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null) return new RawArticle(source, "", title, outlet, url, published);
        foreach (var element in root.QuerySelectorAll(string.Join(',', Furniture)).ToList()) element.Remove();

        var lines = new List<string>();
        foreach (var block in root.QuerySelectorAll(TextBlocks))
        {
            // Nested blocks (a <p> inside an <li>) would otherwise be emitted twice.
            if (block.ParentElement?.Closest(TextBlocks) is not null && block.ParentElement != root) continue;
            string text = block.TextContent.Trim();
            if (text.Length == 0 || (title is not null && text == title && block.LocalName == "h1")) continue;
            lines.Add(text);
        }
        if (lines.Count == 0 && root.TextContent.Trim().Length > 0) lines.Add(root.TextContent.Trim());
        return new RawArticle(source, string.Join('\n', lines), title, outlet, url, published);
    }

    private static string? Meta(IDocument document, string property) =>
        NullIfEmpty(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
            ?? document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
