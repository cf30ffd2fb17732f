using System.Text.RegularExpressions;
using Summarizer.Articles;

namespace Summarizer.Llm.Engine;

/// <summary>
/// Turns article content into template values, each defanged by <see cref="Prompts.PromptDelimiters"/> so the
/// untrusted text cannot break out of its block.
/// </summary>
internal static partial class ArticlePromptData
{
    public static List<Dictionary<string, object?>> Sentences(IEnumerable<Sentence> sentences) =>
        sentences.Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["text"] = Neutralise(OneLine(s.Text)) }).ToList();

    public static string Title(Article a) =>
        string.IsNullOrWhiteSpace(a.Title) ? "(none)"
        : Articles.Safety.InstructionDetector.Reason(a.Title) is not null ? "(withheld: it speaks to a language model)"
        : Neutralise(OneLine(a.Title));

    public static string Outlet(Article a) => string.IsNullOrWhiteSpace(a.Outlet) ? "(unknown)" : Neutralise(OneLine(a.Outlet));

    public static string Published(Article a) => a.Published?.ToString("yyyy-MM-dd") ?? "(unknown)";

    /// <summary>Rewrites &lt;article&gt;, &lt;/article&gt; and the other delimiter tags as [article], [/article], ….</summary>
    public static string Neutralise(string text) => Prompts.PromptDelimiters.Neutralise(text);

    // A sentence on one line keeps the "[id] text" numbering unambiguous.
    private static string OneLine(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
