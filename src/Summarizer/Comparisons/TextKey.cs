using System.Text;
using Summarizer.Text;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons;

/// <summary>Normal forms that let two outlets' spellings of the same text compare equal.</summary>
internal static class TextKey
{
    /// <summary>
    /// Lower case, diacritics folded, every quote mark and dash style unified, whitespace collapsed: what stays
    /// equal when one outlet writes “x” and another "x".
    /// </summary>
    public static string Loose(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in TextFold.Fold(text))
        {
            char c = raw switch
            {
                '“' or '”' or '„' or '«' or '»' or '″' => '"',
                '‘' or '’' or 'ʼ' or '`' or '´' or '′' => '\'',
                '–' or '—' or '‑' or '−' => '-',
                _ => raw,
            };
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Only letters and digits, single-spaced: for matching quotes whose punctuation differs.</summary>
    public static string Words(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in Loose(text))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Lower-case folded word tokens of a name or role, dots dropped so "U.K." and "UK" are one token.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in TextFold.Fold(text))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (c == '.') continue;
            else if (sb.Length > 0) { tokens.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }
}
