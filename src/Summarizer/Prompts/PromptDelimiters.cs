using System.Text.RegularExpressions;

namespace Summarizer.Prompts;

/// <summary>
/// Article text is untrusted data: any tag that could close or open one of the prompts' delimiters (&lt;article&gt;,
/// &lt;articles&gt;, &lt;account&gt;, &lt;previous_summary&gt;, …) is defanged so the text cannot break out of its block.
/// (Message tags need no care beyond this: the template XML-encodes every value, see Handlebars.XmlTextEncoder.)
/// </summary>
public static partial class PromptDelimiters
{
    /// <summary>Rewrites &lt;article&gt;, &lt;/articles&gt; and the other delimiter tags as [article], [/articles], ….</summary>
    public static string Neutralise(string text) =>
        DelimiterRegex().Replace(text, m => $"[{m.Groups["close"].Value}{m.Groups["name"].Value.ToLowerInvariant()}]");

    [GeneratedRegex(@"<\s*(?<close>/?)\s*(?<name>articles|article|previous_summary|partial_summaries|accounts|account|message)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DelimiterRegex();
}
