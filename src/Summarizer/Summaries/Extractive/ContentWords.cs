using System.Text;

namespace Summarizer.Summaries.Extractive;

/// <summary>Lower-cased, lightly stemmed content words of a sentence: the vocabulary sentence similarity is computed over.</summary>
internal static class ContentWords
{
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

    private static void Flush(StringBuilder current, List<string> into)
    {
        if (current.Length == 0) return;
        string word = current.ToString();
        current.Clear();
        if (word.Length < 2 || StopWords.Contains(word)) return;
        into.Add(Stem(word));
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
}
