using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Text;

namespace Summarizer.Verification.Matching;

/// <summary>
/// Content words of a text for overlap scoring: folded, function words dropped, and cut to a five-letter stem
/// so "deploy", "deployed" and "deployment" count as one word.
/// </summary>
internal static class ContentWords
{
    private const int StemLength = 5;

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                string word = TextFold.Fold(text.AsSpan(start, i - start));
                start = -1;
                if (word.Length < 2 || Words.IsFunction(word)) continue;
                words.Add(word.Length > StemLength ? word[..StemLength] : word);
            }
        }
        return words;
    }

    /// <summary>Share of <paramref name="claim"/>'s words found in <paramref name="evidence"/> (1 when the claim has none).</summary>
    public static double Coverage(HashSet<string> claim, HashSet<string> evidence)
    {
        if (claim.Count == 0) return 1;
        int hit = 0;
        foreach (var w in claim) if (evidence.Contains(w)) hit++;
        return (double)hit / claim.Count;
    }
}
