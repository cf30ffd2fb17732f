using Summarizer.Facts.Lexicons;
using Summarizer.Text;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Free text often joins two sentences of the article ("Hale, 24, scored twice as Rovers won" from "Rovers won …, with
/// Hale scoring twice" and "Hale, 24, has …"). A figure the best-matching sentence lacks may stand in a second sentence
/// about the same named person or thing. A person may not: what the best sentence says is said of the people it names
/// ("Kerr scored twice" is not supported by "Hale scored twice" and a sentence about Kerr).
/// </summary>
internal static class JoinedSentences
{
    private const int MaxComplements = 3;

    /// <summary>
    /// The sentences, other than the best one, that share with it a name of the key point (a word the article writes
    /// capitalised, not a day or a month: "Saturday" ties two events to a day, not to each other) and hold some of the
    /// key point's words the best one lacks, those holding most first; at most <see cref="MaxComplements"/>.
    /// </summary>
    public static IEnumerable<int> Complements(string text, HashSet<string> words, int best, CheckContext ctx)
    {
        var bestWords = ctx.SentenceWords[best];
        var index = ArticleIndexCache.For(ctx.Article);
        var anchors = WordsOf(text).Select(TextFold.Fold).Where(w => index.IsCapitalised(w) == true && !Words.IsWeekday(w) && !Words.IsMonth(w))
            .SelectMany(ContentWords.Prefixes).Where(bestWords.Contains).Distinct().ToList();
        var rest = words.Where(w => !bestWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (anchors.Count == 0 || rest.Count == 0) return [];
        // The second sentence must hold some of what the best one lacks, not only the name they share.
        return Enumerable.Range(0, ctx.SentenceWords.Count)
            .Where(i => i != best && anchors.Any(ctx.SentenceWords[i].Contains))
            .Select(i => (Id: i, Score: ContentWords.Coverage(rest, ctx.SentenceWords[i])))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Id - best))
            .Take(MaxComplements).Select(c => c.Id).ToList();
    }

    /// <summary>
    /// A person of the article the key point names by surname alone ("Ross, 24, scored"), which it cannot tell for a
    /// person by itself, when no one of the article with that surname is in <paramref name="ids"/>: their full name.
    /// Held only where sentences are joined. A single sentence may name its person by a pronoun or a role ("he", "the
    /// Chelsea boss"); on FRANK dev and CLIFF val the rule fired there on two faithful summaries for one wrong.
    /// </summary>
    public static string? PersonNamedBySurnameOutside(string text, List<int> ids, CheckContext ctx)
    {
        foreach (var namesakes in ctx.Facts.People.GroupBy(p => Surname(p.Name)).Where(g => g.Key is not null && NamesSurname(text, g.Key, ctx)))
            if (!namesakes.Any(p => p.Mentions.Any(m => ids.Contains(m.SentenceId)))) return namesakes.First().Name;
        return null;
    }

    private static string? Surname(string name)
    {
        if (!name.Contains(' ')) return null;
        string last = name[(name.LastIndexOf(' ') + 1)..];
        return last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower) ? last : null;
    }

    // Named: the surname stands capitalised as a word of the key point, and the article never writes it in lower case
    // (a surname that is also a word, "May" or "Young", could be that word).
    private static bool NamesSurname(string text, string surname, CheckContext ctx) =>
        ContainsWord(text, surname) && !ContainsWord(ctx.Article.Text, surname.ToLowerInvariant());

    private static bool ContainsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    private static IEnumerable<string> WordsOf(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { yield return text[start..i]; start = -1; }
        }
    }
}
