using System.Buffers;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Runs a <c>\G</c>-anchored pattern only at the positions where the unanchored pattern could start, giving the
/// same matches as <see cref="Regex.Matches(string)"/> of the unanchored pattern (leftmost first, resuming after
/// each match). Patterns whose first set is most letters make the regex engine try almost every position;
/// a cheap test of the characters around a position skips the ones that can never start a match.
/// </summary>
internal static class AnchoredMatches
{
    /// <summary>Where the pattern can start, given the text and a position (which may equal the text's length).</summary>
    public delegate bool StartTest(string text, int position);

    public static List<Match> Find(Regex anchored, string text, StartTest canStart)
    {
        var matches = new List<Match>();
        int p = 0;
        while (p <= text.Length)
        {
            if (canStart(text, p))
            {
                var m = anchored.Match(text, p);
                if (m.Success)
                {
                    matches.Add(m);
                    p = m.Length > 0 ? m.Index + m.Length : p + 1;
                    continue;
                }
            }
            p++;
        }
        return matches;
    }

    /// <summary>
    /// As <see cref="Find"/> for a pattern that can only start with one of <paramref name="openers"/> at a word start:
    /// the text is searched for the opening words (vectorised) instead of testing every position.
    /// </summary>
    public static List<Match> FindAtWords(Regex anchored, string text, SearchValues<string> openers)
    {
        var matches = new List<Match>();
        int p = 0;
        while (p < text.Length)
        {
            int at = text.AsSpan(p).IndexOfAny(openers);
            if (at < 0) break;
            int q = p + at;
            if ((q == 0 || !char.IsLetterOrDigit(text[q - 1])) && anchored.Match(text, q) is { Success: true } m)
            {
                matches.Add(m);
                p = m.Length > 0 ? m.Index + m.Length : q + 1;
                continue;
            }
            p = q + 1;
        }
        return matches;
    }

    /// <summary>
    /// True when the run of letters at <paramref name="p"/>, lower-cased, is in <paramref name="words"/>, or holds a
    /// non-ASCII letter (which case-insensitive matching might equate with an ASCII one), so a caller can keep a
    /// position whose first word could open a match.
    /// </summary>
    public static bool FirstWordIn(string text, int p, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        int end = p;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (text[end] >= 128) return true;
            end++;
        }
        if (end == p || end - p > 32) return false;
        Span<char> lower = stackalloc char[end - p];
        System.Text.Ascii.ToLower(text.AsSpan(p, end - p), lower, out _);
        return words.Contains(lower);
    }

    /// <summary>
    /// A superset of the positions where a pattern opening with <c>\b</c> and then a letter or digit can start:
    /// a letter or digit with none before it, and a digit or a letter run from <paramref name="words"/>.
    /// </summary>
    public static bool WordStart(string text, int p, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        p < text.Length && (p == 0 || !char.IsLetterOrDigit(text[p - 1]))
        && (char.IsDigit(text[p]) || FirstWordIn(text, p, words));

    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
