namespace Summarizer.Text;

/// <summary>English function words (articles, pronouns, prepositions, auxiliaries, discourse words): what is left out when texts are compared by their content.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "as", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "than", "that",
        "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "which", "what",
        "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "not",
        "no", "so", "if", "then", "also", "however", "meanwhile", "according", "while", "although", "though",
        "because", "still", "yet", "only", "even", "just", "all", "any", "each", "every", "both", "either",
        "neither", "such", "more", "most", "other", "another", "some", "many", "much", "few", "several", "now",
        "notably", "instead", "already", "again", "very", "too", "said", "says", "via", "per", "among", "amid",
        "against", "between", "through", "during", "without", "within", "upon", "out", "up", "down", "off",
        "will", "would", "last", "next", "new", "one", "ones", "what", "whether", "like", "unless", "once",
        "later", "earlier", "today", "yesterday", "tomorrow", "afterwards", "separately", "previously", "finally",
        "nevertheless", "indeed", "thus", "therefore", "moreover", "furthermore", "speaking", "asked", "where",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/>, folded, is a function word.</summary>
    public static bool Contains(string word) => TextFold.ContainsFolded(Lookup, word);
}
