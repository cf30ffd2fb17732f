using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Whether the article pairs an acronym with a longer name, so that either stands for the other whatever its letters:
/// the name then the acronym in brackets or after a comma, "or", "known as" ("the Federal Security Service (FSB)",
/// "the Republican Party, or GOP"), or the acronym then the name ("FSB (Federal Security Service)", "the FSB, Russia's
/// Federal Security Service,"), in one sentence. A name and an acronym merely near each other ("the United Nations and
/// NATO") are no pair.
/// </summary>
internal static class AcronymPairs
{
    // Words that may stand between a name and its acronym: "the Republican Party, or GOP", "also known as".
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "or", "the", "also", "known", "as", "called", "officially", "formally", "aka" };

    private const int MaxLinkWords = 3;

    /// <summary>True when the article pairs <paramref name="acronym"/> (folded) with the words of <paramref name="name"/> anywhere.</summary>
    public static bool Pairs(ArticleIndex article, string acronym, IReadOnlyList<WordToken> name)
    {
        var words = name.Select(n => n.Folded).ToArray();
        foreach (int a in article.Positions(acronym))
            if (NameBefore(article, a, words) || NameAfter(article, a, words)) return true;
        return false;
    }

    // "the Federal Security Service (FSB)", "the Republican Party, or GOP": the name ends a few link words before the acronym.
    private static bool NameBefore(ArticleIndex article, int a, string[] words)
    {
        var tokens = article.Tokens;
        int k = a - 1;
        while (k >= 0 && a - 1 - k < MaxLinkWords && SameSentence(tokens, k, a) && Links.Contains(tokens[k].Folded)) k--;
        int first = k - words.Length + 1;
        return first >= 0 && SameSentence(tokens, first, a) && Matches(tokens, first, words) && Marked(article, k, a);
    }

    // "FSB (Federal Security Service)", "the FSB, Russia's Federal Security Service": the name starts after link words and
    // perhaps one possessive ("Russia's").
    private static bool NameAfter(ArticleIndex article, int a, string[] words)
    {
        var tokens = article.Tokens;
        string text = article.Article.Text;
        int k = a + 1;
        while (k < tokens.Count && k - a - 1 < MaxLinkWords && SameSentence(tokens, a, k) && Links.Contains(tokens[k].Folded)) k++;
        if (k < tokens.Count && SameSentence(tokens, a, k) && tokens[k].Capitalised && IsPossessive(text, tokens[k]) && !Matches(tokens, k, words)) k++;
        int last = k + words.Length - 1;
        return last < tokens.Count && SameSentence(tokens, a, last) && Matches(tokens, k, words) && Marked(article, a, k);
    }

    private static bool Matches(IReadOnlyList<WordToken> tokens, int first, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (first + i >= tokens.Count || tokens[first + i].Folded != words[i]) return false;
        return true;
    }

    private static bool SameSentence(IReadOnlyList<WordToken> tokens, int a, int b) => tokens[a].Sentence == tokens[b].Sentence;

    private static bool IsPossessive(string text, WordToken token) =>
        token.End + 1 < text.Length && text[token.End] is '\'' or '’' && text[token.End + 1] is 's' or 'S';

    // Between the two a bracket, a comma or a dash, or a link word such as "or" ("Republican Party or GOP").
    private static bool Marked(ArticleIndex article, int from, int to)
    {
        var tokens = article.Tokens;
        var gap = article.Article.Text.AsSpan(tokens[from].End, tokens[to].Start - tokens[from].End);
        if (gap.IndexOfAny("(,—–") >= 0) return true;
        for (int k = from + 1; k < to; k++)
            if (tokens[k].Folded is "or" or "as" or "called" or "aka") return true;
        return false;
    }
}
