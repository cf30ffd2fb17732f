using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Articles.Reading;

/// <summary>Markdown article: the first level-one heading is the title; markup is reduced to its text.</summary>
internal static partial class MarkdownParser
{
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    public static RawArticle Parse(string source, string text)
    {
        string? title = null;
        var body = new StringBuilder(text.Length);
        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = rawLine;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.Trim() is "---" or "***") continue;
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                string headingText = Inline(heading.Groups[2].Value);
                if (title is null && heading.Groups[1].Length == 1) { title = headingText; continue; }
                line = headingText;
            }
            else
            {
                line = Inline(line.TrimStart('>', ' '));
            }
            body.Append(line).Append('\n');
        }
        return new RawArticle(source, body.ToString(), Title: title, TitleInBody: title is null);
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "$1");
        return Emphasis().Replace(line, "$2");
    }
}
