namespace Summarizer.Summaries.Extractive;

/// <summary>
/// What makes a sentence fit to stand in a summary on its own: a sensible length, a capital start, not a question,
/// and — for a sentence that opens with a connective pointing back ("In return, …", "However, …") — the sentence
/// before it chosen as well.
/// </summary>
internal static class SentenceShape
{
    // Connectives whose meaning depends on the sentence before: "In return, Britain …" says nothing without it.
    private static readonly string[] BackwardConnectives =
    [
        "in return", "in turn", "in addition", "in contrast", "in response", "by contrast", "as a result", "on the other hand",
        "however", "but", "and", "also", "yet", "still", "instead", "meanwhile", "moreover", "furthermore",
        "additionally", "nevertheless", "nonetheless", "therefore", "thus", "hence", "then", "besides", "likewise",
        "similarly", "otherwise", "consequently", "accordingly", "even so", "that said", "at the same time",
    ];

    /// <summary>True when the sentence is a candidate at all (its length, first letter and ending).</summary>
    public static bool IsCandidate(string text, int words, ExtractiveOptions options)
    {
        if (words < options.MinWords || words > options.MaxWords) return false;
        string start = text.TrimStart('"', '“', '‘', '\'', '«', '(', ' ');
        if (start.Length == 0 || char.IsLower(start[0])) return false;
        return !text.TrimEnd('"', '”', '’', '\'', '»', ' ').EndsWith('?');
    }

    /// <summary>True when the sentence opens with a connective that needs the sentence before it.</summary>
    public static bool LeansOnPrevious(string text)
    {
        var start = text.AsSpan().TrimStart("\"“‘'« ");
        foreach (var connective in BackwardConnectives)
        {
            if (!start.StartsWith(connective, StringComparison.OrdinalIgnoreCase)) continue;
            if (start.Length == connective.Length || start[connective.Length] is ' ' or ',') return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence as a summary prints it: closed by a full stop where the article wrote it without one (a standfirst
    /// or a list line ends on a word). Only the stop is added; every word stays the article's.
    /// </summary>
    public static string Terminated(string text) => text.Length > 0 && char.IsLetterOrDigit(text[^1]) ? text + "." : text;
}
