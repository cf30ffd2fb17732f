using System.Text.RegularExpressions;
using Summarizer.Articles;

namespace Summarizer.Llm.Engine;

/// <summary>
/// Turns article content into template values. The article is untrusted data: any tag that could close or open
/// one of the prompt's delimiters (&lt;article&gt;, &lt;previous_summary&gt;, …) is defanged so the text cannot
/// break out of its block. (Message tags need no care: the renderer HTML-encodes every value.)
/// </summary>
internal static partial class ArticlePromptData
{
    public static List<Dictionary<string, object?>> Sentences(IEnumerable<Sentence> sentences) =>
        sentences.Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["text"] = Neutralise(OneLine(s.Text)) }).ToList();

    public static string Title(Article a) => string.IsNullOrWhiteSpace(a.Title) ? "(none)" : Neutralise(OneLine(a.Title));

    public static string Outlet(Article a) => string.IsNullOrWhiteSpace(a.Outlet) ? "(unknown)" : Neutralise(OneLine(a.Outlet));

    public static string Published(Article a) => a.Published?.ToString("yyyy-MM-dd") ?? "(unknown)";

    /// <summary>Rewrites &lt;article&gt;, &lt;/article&gt; and the other delimiter tags as [article], [/article], ….</summary>
    public static string Neutralise(string text) => DelimiterRegex().Replace(text, m => $"[{m.Groups["close"].Value}{m.Groups["name"].Value.ToLowerInvariant()}]");

    // A sentence on one line keeps the "[id] text" numbering unambiguous.
    private static string OneLine(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"<\s*(?<close>/?)\s*(?<name>article|previous_summary|partial_summaries|accounts|account|message)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DelimiterRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
