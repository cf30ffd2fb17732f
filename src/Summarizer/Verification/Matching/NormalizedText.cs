using System.Text;
using Summarizer.Text;

namespace Summarizer.Verification.Matching;

/// <summary>
/// Text reduced to folded letters and digits separated by single spaces, with a map back to the original
/// offsets, so quotes compare whatever their whitespace, case, accents, punctuation and quotation marks.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _map;

    public string Value { get; }

    public NormalizedText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        bool space = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = TextFold.FoldChar(text[i]);
            if (char.IsLetterOrDigit(c)) { sb.Append(c); map.Add(i); space = false; }
            else if (!space && c != '\'') { sb.Append(' '); map.Add(i); space = true; }
        }
        if (sb.Length > 0 && sb[^1] == ' ') { sb.Length--; map.RemoveAt(map.Count - 1); }
        Value = sb.ToString();
        _map = [.. map];
    }

    /// <summary>Offset in the original text of the normalised character at <paramref name="index"/>.</summary>
    public int Original(int index) => _map.Length == 0 ? 0 : _map[Math.Clamp(index, 0, _map.Length - 1)];

    public static string Normalize(string text) => new NormalizedText(text).Value;

    /// <summary>IndexOf in normalised text that only accepts whole-word matches.</summary>
    public static int IndexOfWords(string hay, string needle, int from)
    {
        for (int at = hay.IndexOf(needle, from, StringComparison.Ordinal); at >= 0; at = hay.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            int end = at + needle.Length;
            if ((at == 0 || hay[at - 1] == ' ') && (end == hay.Length || hay[end] == ' ')) return at;
        }
        return -1;
    }
}
