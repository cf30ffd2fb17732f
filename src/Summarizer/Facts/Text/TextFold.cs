using System.Text;

namespace Summarizer.Facts.Text;

/// <summary>
/// Case and accent folding for matching. Written out as a table rather than Unicode normalisation because the
/// project runs with invariant globalisation, and names in news copy only need the Latin letters below.
/// </summary>
internal static class TextFold
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžšśşłđðţťŕřğ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooooouuuuuuuuyyzzzsssldttrrg";

    /// <summary>Lower case with diacritics removed; typographic apostrophes become '.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) sb.Append(FoldChar(c));
        return sb.ToString();
    }

    public static char FoldChar(char c)
    {
        char lower = char.ToLowerInvariant(c);
        if (lower < 128) return lower;
        int i = Accented.IndexOf(lower);
        if (i >= 0) return Plain[i];
        return lower switch
        {
            '’' or 'ʼ' or '‘' or '`' => '\'',
            'ß' => 's',
            '–' or '—' => '-',
            _ => lower,
        };
    }

    /// <summary>Strips a trailing possessive ('s, ’s, ʼs, or a bare apostrophe).</summary>
    public static string StripPossessive(string word)
    {
        if (word.Length > 2 && (word[^1] is 's' or 'S') && IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 1 && IsApostrophe(word[^1])) return word[..^1];
        return word;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
