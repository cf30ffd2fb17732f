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
        sentences.Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["text"] = SentenceText(s.Text) }).ToList();

    /// <summary>
    /// A sentence's text as the prompt shows it after its "[id]": on one line, delimiter tags neutralised, and every
    /// bracketed number ("[99]", "[ 7 ]", "［3］", "【12】") written in parentheses ("(99)"), so the text cannot pose as
    /// another sentence's id while a footnote mark or a year in brackets still reads the same.
    /// </summary>
    public static string SentenceText(string text) => BracketedNumberRegex().Replace(Neutralise(OneLine(text)), "($1)");

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

    // Square, full-width and lenticular brackets around a number (any script's digits), with optional spaces.
    [GeneratedRegex(@"[\[\uFF3B\u3010\u3016]\s*(\d+)\s*[\]\uFF3D\u3011\u3017]")]
    private static partial Regex BracketedNumberRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
