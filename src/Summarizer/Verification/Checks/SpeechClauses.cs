using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Who says what in reported speech: a named speaker and a verb of saying, with the words it governs after it ("Jones
/// said the cuts would hurt") or before it ("The cuts would hurt, Jones said"; "…, said Jones"). Speakers are
/// the name's words as the article writes them, joined by a space ("Mary Jones"): name matching reads capitals.
/// </summary>
internal static class SpeechClauses
{
    // Verbs of saying; not forms that are more often nouns ("claims", "states", "reports").
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "warned", "warns", "claimed", "argued", "argues", "insisted", "insists",
        "added", "adds", "stated", "announced", "announces", "admitted", "admits", "explained", "explains",
        "maintained", "maintains", "replied", "confirmed", "confirms", "suggested", "suggests", "noted", "conceded",
        "stressed", "responded", "countered", "predicted", "predicts", "promised", "promises", "pledged", "acknowledged",
        "revealed", "reveals", "wrote", "writes", "believes", "believed", "thinks", "thought", "estimated", "denied", "denies",
    };

    /// <summary>True for a verb of saying ("said", "warned", "suggested").</summary>
    public static bool IsVerbOfSaying(string folded) => Verbs.Contains(folded);

    // A clause break followed by one of these opens a new clause: "Jones said …, but Smith maintained …".
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "but", "and", "while", "whereas", "although", "though", "yet" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you", "who" };

    private const int MaxNameWords = 3;

    /// <summary>The summary sentence's named speaker, as written, and the words their verb governs, or null.</summary>
    public static (string Written, List<AlignedToken> Clause)? InSummary(string text, List<AlignedToken> sentence)
    {
        bool Break(int a, int b) => Breaks(text, sentence[a].Token, sentence[b].Token);
        string Written(int from, int to) => text[sentence[from].Token.Start..sentence[to - 1].Token.End];
        bool Name(int i) => i >= 0 && i < sentence.Count && sentence[i].IsName && !sentence[i].IsNovel && !sentence[i].IsNumber;
        for (int v = 1; v < sentence.Count; v++)
        {
            if (!Verbs.Contains(sentence[v].Token.Folded)) continue;
            int start = v;
            while (start > 0 && v - start < MaxNameWords && Name(start - 1) && !Break(start - 1, start)) start--;
            if (start < v)
            {
                if (v + 1 < sentence.Count && !Break(v, v + 1))
                    return (Written(start, v), sentence.Skip(sentence[v + 1].Token.Folded == "that" ? v + 2 : v + 1).ToList());
                if (start > 0 && Break(start - 1, start)) return (Written(start, v), sentence.Take(start).ToList());
                continue;
            }
            // "…, said Jones": the name after the verb, the words before it.
            int end = v + 1;
            while (end < sentence.Count && end - v <= MaxNameWords && Name(end)) end++;
            if (end > v + 1 && v > 0 && Break(v - 1, v) && (end == sentence.Count || Break(end - 1, end)))
                return (Written(v + 1, end), sentence.Take(v).ToList());
        }
        return null;
    }

    /// <summary>
    /// The named speaker whose verb of saying governs article token <paramref name="position"/>, or null when none does,
    /// the speaker is a pronoun or a common noun, or the word lies between two speakers' words with a break before it.
    /// </summary>
    public static string? SpeakerOf(ArticleIndex article, int position)
    {
        var tokens = article.Tokens;
        int sentence = tokens[position].Sentence;
        var ids = article.SentenceTokens[sentence];
        string text = article.Article.Text;
        Speech? forward = null, backward = null;
        foreach (int q in ids)
        {
            if (!Verbs.Contains(tokens[q].Folded)) continue;
            var speech = Read(article, ids, q);
            if (position >= speech.From && position <= speech.To) return null;   // a word of the speaker or the verb
            if (q < position) forward = speech.Forward ? speech : null;
            else
            {
                if (!speech.Forward) backward = speech;
                break;
            }
        }
        if (forward is { } f)
        {
            if (backward is not null && Breaks(text, tokens[f.To], tokens[position])) return null;
            return NewClauseBetween(article, f.To, position) ? null : f.Speaker;
        }
        if (backward is { } b && Breaks(text, tokens[position], tokens[b.From])) return b.Speaker;
        return null;
    }

    private static bool NewClauseBetween(ArticleIndex article, int from, int to)
    {
        for (int k = from + 1; k <= to; k++)
            if (Conjunctions.Contains(article.Tokens[k].Folded) && Breaks(article.Article.Text, article.Tokens[k - 1], article.Tokens[k])) return true;
        return false;
    }

    private readonly record struct Speech(string? Speaker, bool Forward, int From, int To);

    private static Speech Read(ArticleIndex article, IReadOnlyList<int> ids, int verb)
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

    private static bool Breaks(string text, WordToken before, WordToken after) => ClauseBreak.Between(text, before, after, orQuote: true);
}
