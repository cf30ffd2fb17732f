namespace Summarizer.Text;

/// <summary>
/// Chinese and Japanese: scripts written without spaces between words (Han ideographs, hiragana, katakana), whose
/// sentences end at "。", "！" or "？" with no space after them. Korean writes spaces, so hangul is not among them.
/// Rules that count words by spaces or look for a space after a full stop ask here instead.
/// </summary>
public static class Unspaced
{
    /// <summary>The characters of an unspaced script that make about one word: a line's word count counts them by this many.</summary>
    public const int CharactersPerWord = 2;

    /// <summary>True for a Han ideograph, a kana or the iteration mark "々".</summary>
    public static bool IsLetter(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // hiragana, katakana
            or (>= '\u31F0' and <= '\u31FF') // katakana phonetic extensions
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uF900' and <= '\uFAFF') // CJK compatibility ideographs
            or (>= '\uFF66' and <= '\uFF9F') // half-width katakana
            or '々' or '〆';

    /// <summary>A full stop, exclamation or question mark of these scripts (ideographic and full-width forms).</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '｡' or '！' or '？' or '．';

    /// <summary>The closing quotation marks and brackets of these scripts, which may follow a sentence's end: "。」".</summary>
    public const string ClosingMarks = "」』）】》〉〕〗＂＇";

    /// <summary>True when <paramref name="text"/> holds a letter of an unspaced script.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (IsLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// The words of <paramref name="line"/>: its space-separated tokens, a token of an unspaced script counting one word
    /// for every <see cref="CharactersPerWord"/> of its letters (rounded up), so "東京電力、処理水の放出を再開へ" is 7.
    /// </summary>
    public static int Words(string line)
    {
        int words = 0;
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int letters = 0;
            foreach (char c in token)
                if (IsLetter(c)) letters++;
            words += letters == 0 ? 1 : Math.Max(1, (letters + CharactersPerWord - 1) / CharactersPerWord);
        }
        return words;
    }

    /// <summary>
    /// The length of <paramref name="text"/> for a minimum: its characters, those of an unspaced script counting
    /// <see cref="CharactersPerWord"/> each, as one of them says about as much as a short word.
    /// </summary>
    public static int WeightedLength(string text)
    {
        int length = text.Length;
        foreach (char c in text)
            if (IsLetter(c)) length += CharactersPerWord - 1;
        return length;
    }
}
