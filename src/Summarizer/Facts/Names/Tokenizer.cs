using System.Text.RegularExpressions;

namespace Summarizer.Facts.Names;

/// <summary>Splits text into word tokens once, so every name rule works over the same list in linear time.</summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’ʼ.&][\p{L}\p{M}\d]+)*(?:['’ʼ]s?(?![\p{L}]))?")]
    private static partial Regex WordPattern();

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        foreach (var m in WordPattern().EnumerateMatches(text))
            tokens.Add(new Token(m.Index, m.Index + m.Length, text.Substring(m.Index, m.Length)));
        return tokens;
    }

    /// <summary>True when tokens i..j are separated by spaces only.</summary>
    public static bool Joined(string text, IReadOnlyList<Token> tokens, int i, int j)
    {
        for (int k = i + 1; k <= j; k++)
            if (!OnlySpaces(text, tokens[k - 1].End, tokens[k].Start)) return false;
        return true;
    }

    /// <summary>True when only spaces separate the two positions (no punctuation, no line break).</summary>
    public static bool OnlySpaces(string text, int from, int to)
    {
        if (to <= from) return to == from;
        for (int i = from; i < to; i++)
            if (text[i] is not (' ' or '\u00A0')) return false;
        return true;
    }
}
