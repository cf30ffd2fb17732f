using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Articles.Reading;

/// <summary>
/// A JSON syntax error as the person who wrote the JSON reads it: line and column counted from 1 in their text, and the
/// parser's reason without the zero-based "LineNumber: 0 | BytePositionInLine: 1." (and "Path:") it appends, which
/// would contradict the line a caller names.
/// </summary>
public static partial class JsonSyntaxError
{
    /// <summary>"line 3, column 7", or null when the parser gave no position.</summary>
    /// <param name="e">The parser's error.</param>
    /// <param name="text">The text that was parsed: its lines turn the parser's byte position into a column.</param>
    /// <param name="firstLine">The file's line number of <paramref name="text"/>'s first line (JSON Lines parse a line at a time).</param>
    /// <param name="columnOffset">Characters cut from the start of that line before parsing (a trimmed JSON Lines row).</param>
    public static string? Position(JsonException e, string text, int firstLine = 1, int columnOffset = 0)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } bytePosition) return null;
        string lineText = LineAt(text, line);
        byte[] bytes = Encoding.UTF8.GetBytes(lineText);
        int column = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
        if (line == 0) column += columnOffset;
        return $"line {firstLine + line}, column {column}";
    }

    /// <summary>The parser's reason alone ("'x' is an invalid start of a value.").</summary>
    public static string Reason(JsonException e) => PositionSuffix().Replace(e.Message, "").Trim() is { Length: > 0 } reason ? reason : "not valid JSON";

    private static string LineAt(string text, long line)
    {
        int start = 0;
        for (long i = 0; i < line; i++)
        {
            int next = text.IndexOf('\n', start);
            if (next < 0) return "";
            start = next + 1;
        }
        int end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    [GeneratedRegex(@"\s*(Path: \S* \|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
