using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Summarizer.Text;

/// <summary>
/// Case and accent folding for matching. Written out as a table rather than Unicode normalisation because the
/// project runs with invariant globalisation, and names in news copy only need the Latin letters below.
/// Folding keeps one character per character; the lookups fold into a stack buffer so they do not allocate.
/// </summary>
internal static class TextFold
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžšśşłđðţťŕřğ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooooouuuuuuuuyyzzzsssldttrrg";
    private const int StackLimit = 256;

    /// <summary>Lower case with diacritics removed; typographic apostrophes become '. Returns the same string when nothing changes.</summary>
    public static string Fold(string text)
    {
        int i = 0;
        while (i < text.Length && FoldChar(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (dst, src) => FoldInto(src, dst));
    }

    /// <summary>Lower case with diacritics removed; typographic apostrophes become '.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return "";
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        FoldInto(text, buffer);
        string result = new(buffer[..text.Length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="into"/>, which must be at least as long.</summary>
    public static void FoldInto(ReadOnlySpan<char> text, Span<char> into)
    {
        // Most words are plain ASCII: lower-case them in one vectorised pass.
        if (Ascii.ToLower(text, into, out _) == OperationStatus.Done) return;
        for (int i = 0; i < text.Length; i++) into[i] = FoldChar(text[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldChar(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : FoldNonAscii(c);

    private static char FoldNonAscii(char c)
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

    /// <summary>True when the set holds the folded form of <paramref name="word"/> (no allocation).</summary>
    public static bool ContainsFolded(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
    {
        if (word.Length > StackLimit) return set.Contains(Fold(word));
        Span<char> buffer = stackalloc char[word.Length];
        FoldInto(word, buffer);
        return set.Contains(buffer);
    }

    /// <summary>The value stored under the folded form of <paramref name="word"/>, or null (no allocation).</summary>
    public static string? GetFolded(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> word)
    {
        if (word.Length > StackLimit) return map.TryGetValue(Fold(word), out var v) ? v : null;
        Span<char> buffer = stackalloc char[word.Length];
        FoldInto(word, buffer);
        return map.TryGetValue(buffer, out var value) ? value : null;
    }

    /// <summary>Strips a trailing possessive ('s, ’s, ʼs, or a bare apostrophe).</summary>
    public static string StripPossessive(string word)
    {
        if (word.Length > 2 && (word[^1] is 's' or 'S') && IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 1 && IsApostrophe(word[^1])) return word[..^1];
        return word;
    }

    /// <summary>The span without a trailing possessive, as <see cref="StripPossessive(string)"/>.</summary>
    public static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && (word[^1] is 's' or 'S') && IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 1 && IsApostrophe(word[^1])) return word[..^1];
        return word;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
