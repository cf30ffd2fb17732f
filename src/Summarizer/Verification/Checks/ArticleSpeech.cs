using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// The speaker of one verb of saying in an article sentence: the name before it ("Jones said"), after it ("…, said
/// Jones"), or set off by commas ("Mary Jones, the council leader, said"), and whether the verb governs the words after
/// it or those before it. A pronoun or a common noun ("he said", "the minister said") names no speaker but still governs.
/// </summary>
internal static class ArticleSpeech
{
    private const int MaxNameWords = SpeechClauses.MaxNameWords;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you", "who" };

    /// <summary>A verb's speaker (null when unnamed), whether it governs the words after it, and the article tokens of speaker and verb.</summary>
    internal readonly record struct Speech(string? Speaker, bool Forward, int From, int To);

    public static Speech Read(ArticleIndex article, IReadOnlyList<int> ids, int verb)
    {
        var tokens = article.Tokens;
        string text = article.Article.Text;
        int at = 0;
        while (ids[at] != verb) at++;
        // A capital at a sentence's start counts only for a word the article also capitalises elsewhere ("The", "But" do not).
        bool Named(int k) => k >= 0 && k < ids.Count && tokens[ids[k]].Capitalised && char.IsLetter(text[tokens[ids[k]].Start])
            && (!tokens[ids[k]].SentenceInitial || article.IsCapitalised(tokens[ids[k]].Folded) == true);
        int start = at;
        while (start > 0 && at - start < MaxNameWords && Named(start - 1) && !Breaks(text, tokens[ids[start - 1]], tokens[ids[start]])) start--;
        // "Jones said: \"The cuts …\"": a quotation opened right after the verb is still its words.
        bool nextJoined = at + 1 < ids.Count && (!Breaks(text, tokens[verb], tokens[ids[at + 1]]) || OpensQuotation(text, tokens[verb], tokens[ids[at + 1]]));
        if (start < at)
        {
            // "…, Smith told reporters.": after a break, a verb with only a short tail governs the words before it.
            bool tail = start > 0 && Breaks(text, tokens[ids[start - 1]], tokens[ids[start]]) && ShortTail(text, tokens, ids, at);
            // "Jones and Smith said": two speakers, neither of whom the words can be given to alone.
            bool joint = start > 1 && tokens[ids[start - 1]].Folded == "and" && Named(start - 2);
            // "“…,” French Defense Minister Sebastien Lecornu said at a press conference": a speaker right after a closed
            // quotation governs it, whatever follows the verb, unless the verb opens words of its own ("said that", "said: “").
            bool ownWords = at + 1 < ids.Count && (tokens[ids[at + 1]].Folded == "that" || OpensQuotation(text, tokens[verb], tokens[ids[at + 1]]));
            bool quoted = !ownWords && AfterClosedQuotation(text, tokens, ids, start);
            return new Speech(joint ? null : Speaker(text, tokens, ids, start, at), nextJoined && !tail && !quoted, ids[start], verb);
        }
        int end = at + 1;
        while (end < ids.Count && end - at <= MaxNameWords && Named(end)) end++;
        if (end > at + 1 && (end == ids.Count || Breaks(text, tokens[ids[end - 1]], tokens[ids[end]])))
            return new Speech(Speaker(text, tokens, ids, at + 1, end), false, verb, ids[end - 1]);
        // A sentence's first word opens a name unless the article writes it in lower case elsewhere ("Mary Jones, …, said").
        bool NamedOrOpening(int k) => Named(k) || (k == 0 && tokens[ids[0]].Capitalised && article.IsCapitalised(tokens[ids[0]].Folded) != false);
        if (Appositive(text, tokens, ids, at, NamedOrOpening) is { } named)
            return new Speech(Speaker(text, tokens, ids, named.From, named.To), nextJoined && !(named.From > 0 && ShortTail(text, tokens, ids, at)),
                ids[named.From], verb);
        // "he said", "the minister said": a speaker the check cannot name, which still governs its words.
        return new Speech(null, nextJoined, verb, verb);
    }

    private const int MaxAppositiveWords = 6;

    /// <summary>
    /// The name of a speaker set off by commas before the verb: "Mary Jones, the council leader, said" or "the council
    /// leader, Mary Jones, said". The name must open its clause (after a break or at the sentence's start), so "After
    /// meeting Smith, the minister said" names nobody; "Smith and Jones, …, said" is two speakers and names nobody.
    /// </summary>
    private static (int From, int To)? Appositive(string text, IReadOnlyList<WordToken> tokens, IReadOnlyList<int> ids, int at, Func<int, bool> named)
    {
        bool BreakBefore(int k) => k == 0 || Breaks(text, tokens[ids[k - 1]], tokens[ids[k]]);
        if (at == 0 || !Breaks(text, tokens[ids[at - 1]], tokens[ids[at]])) return null;
        int segment = at - 1;
        while (segment > 0 && at - segment < MaxAppositiveWords && !BreakBefore(segment)) segment--;
        if (!BreakBefore(segment)) return null;
        (int From, int To)? Opening(int from, int to) =>
            to > from && to - from <= MaxNameWords && Enumerable.Range(from, to - from).All(named)
            && (from == 0 || tokens[ids[from - 1]].Folded != "and") ? (from, to) : null;
        // The segment is the name itself.
        if (Opening(segment, at) is { } itself) return itself;
        // The segment describes a name that opens the clause before it.
        if (segment == 0 || named(segment)) return null;
        int start = segment - 1;
        while (start > 0 && segment - start < MaxNameWords && named(start - 1) && !BreakBefore(start)) start--;
        return BreakBefore(start) ? Opening(start, segment) : null;
    }

    /// <summary>
    /// True when the words from <paramref name="start"/> back (a name and the title before it: "French Defense Minister
    /// Sebastien Lecornu", "opposition leader Mary Jones"; a few words, no punctuation) open their clause right after a
    /// closing quotation mark: "its training,” French …". A straight quote counts when it closes a word before it,
    /// with a space after it.
    /// </summary>
    private static bool AfterClosedQuotation(string text, IReadOnlyList<WordToken> tokens, IReadOnlyList<int> ids, int start)
    {
        int k = start;
        while (k > 0 && start - k < MaxAppositiveWords && !Breaks(text, tokens[ids[k - 1]], tokens[ids[k]])) k--;
        if (k == 0) return false;
        var before = tokens[ids[k - 1]];
        var gap = text.AsSpan(before.End, tokens[ids[k]].Start - before.End);
        var trimmed = gap.TrimEnd();
        if (trimmed.Length == 0 || trimmed.Length == gap.Length) return false;
        return trimmed[^1] == '”' || trimmed[^1] == '"' && (trimmed.Length == 1 || !char.IsWhiteSpace(trimmed[^2]));
    }

    // Between the verb and the next word only a colon or a comma and an opening quotation mark: "said: \"", "said, “".
    private static bool OpensQuotation(string text, WordToken verb, WordToken next)
    {
        var gap = text.AsSpan(verb.End, next.Start - verb.End).Trim();
        if (gap.Length == 0 || gap.Length > 3) return false;
        if (gap is ":") return true;
        char last = gap[^1];
        if (last is not ('"' or '“')) return false;
        var before = gap[..^1].Trim();
        return before.Length == 0 || before is ":" or ",";
    }

    private const int MaxTailWords = 3;

    private static bool ShortTail(string text, IReadOnlyList<WordToken> tokens, IReadOnlyList<int> ids, int at)
    {
        int k = at + 1;
        while (k < ids.Count && k - at <= MaxTailWords && !Breaks(text, tokens[ids[k - 1]], tokens[ids[k]])) k++;
        return k - at - 1 <= MaxTailWords && (k == ids.Count || Breaks(text, tokens[ids[k - 1]], tokens[ids[k]]));
    }

    private static string? Speaker(string text, IReadOnlyList<WordToken> tokens, IReadOnlyList<int> ids, int from, int to) =>
        to - from == 1 && Pronouns.Contains(tokens[ids[from]].Folded) ? null
            : string.Join(' ', Enumerable.Range(from, to - from).Select(k => text.Substring(tokens[ids[k]].Start, tokens[ids[k]].Length)));

    private static bool Breaks(string text, WordToken before, WordToken after) => SpeechClauses.Breaks(text, before, after);
}
