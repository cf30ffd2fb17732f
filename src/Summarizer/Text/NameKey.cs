using System.Text;

namespace Summarizer.Text;

/// <summary>
/// A spelling-tolerant key for one name token: folded, letters only, doubled letters collapsed and a final
/// "iy" read as "y", so "Zelenskyy", "Zelensky", "Zelenskiy" and "Sébastien"/"Sebastien" meet.
/// </summary>
internal static class NameKey
{
    public static string Of(string token)
    {
        string folded = TextFold.Fold(TextFold.StripPossessive(token));
        var sb = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (!char.IsLetter(c)) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        if (sb.Length > 2 && sb[^1] == 'y' && sb[^2] == 'i') sb.Remove(sb.Length - 2, 1);
        return sb.ToString();
    }

    /// <summary>Keys of the tokens of a full name, dropping lower-case particles ("de", "van").</summary>
    public static IReadOnlyList<string> Tokens(string name)
    {
        var keys = new List<string>();
        foreach (var part in name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 0 && char.IsLower(part[0]) && keys.Count > 0) continue;
            string key = Of(part);
            if (key.Length > 0) keys.Add(key);
        }
        return keys;
    }
}
