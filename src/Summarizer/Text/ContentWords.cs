using System.Text;

namespace Summarizer.Text;

/// <summary>
/// The content words of a text, function words dropped, in the two forms the project compares texts by:
/// <see cref="Of"/> (lower-cased, lightly stemmed, repeats kept: the terms of TF-IDF vectors) and
/// <see cref="Prefixes"/> (folded and cut to a five-letter stem, as a set: word overlap between a claim and its evidence).
/// </summary>
internal static class ContentWords
{
    private const int PrefixLength = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "that", "this", "these", "those", "it", "its",
        "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "not", "no",
        "so", "than", "then", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
        "all", "any", "both", "each", "more", "most", "other", "some", "such", "only", "own", "same", "too", "very",
        "also", "just", "about", "into", "over", "after", "before", "between", "under", "again", "further", "once",
        "said", "says", "say", "told", "according", "while", "during", "up", "down", "out", "off", "s", "t", "him",
        "mr", "ms", "mrs", "one", "new", "like", "us", "because", "even", "still", "however", "since", "until",
    };

    /// <summary>The stemmed terms of <paramref name="text"/> in order, repeats kept.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            Flush(current, words);
            // Possessive "'s" is part of the word before it, not a word of its own.
            if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && text[i + 1] is 's' or 'S'
                && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) i++;
        }
        Flush(current, words);
        return words;
    }

    /// <summary>The distinct five-letter stems of <paramref name="text"/>'s content words, diacritics folded.</summary>
    public static HashSet<string> Prefixes(string text)
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
                if (word.Length < 2 || FunctionWords.Contains(word)
                    || TokenisedForms.Brackets.Contains(word) || TokenisedForms.Clitics.Contains(word)) continue;
                words.Add(word.Length > PrefixLength ? word[..PrefixLength] : word);
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

    /// <summary>A light suffix stripper: enough to match "troops"/"troop" and "deployed"/"deploying".</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 4 || !char.IsLetter(word[^1])) return word;
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ments", "ment", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return suffix == "ies" ? word[..^3] + "y" : word[..^suffix.Length];
        }
        return word;
    }

    private static void Flush(StringBuilder current, List<string> into)
    {
        if (current.Length == 0) return;
        string word = current.ToString();
        current.Clear();
        if (word.Length < 2 || StopWords.Contains(word)) return;
        into.Add(Stem(word));
    }
}
