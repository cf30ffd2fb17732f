using Summarizer.Text;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// A figure told with its own short phrase from its sentence, verbatim ("15 countries have already proposed
/// deploying forces"): the words of its clause next to it (the content words right before it, up to
/// <see cref="Before"/>, and up to <see cref="After"/> words after it, never across a comma, colon, dash, bracket or
/// quotation mark), without function words at either end; an ellipsis marks a clause cut short. A reader sees what
/// the figure is about in the outlet's words, not a word list. A negation of the figure's own predicate is never cut
/// off ("Europe does not have 200,000 peacekeepers" is not told as "200,000 peacekeepers available"): the phrase reaches
/// back to it, from the word before its auxiliaries, or on to it and the word it negates; a negation of another
/// clause (after "and", "that", "who", "because" …) or farther off is not the figure's.
/// </summary>
internal static class FigurePhrase
{
    public const int Before = 3;
    public const int After = 5;

    private const string Closing = ",;:.)]”\"—–";
    private const string Opening = "([“\"—–";

    // Words that negate what their clause says of the figure; "n't" endings too (<see cref="IsNegation"/>).
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "without", "cannot",
    };

    /// <param name="item">The figure.</param>
    /// <param name="keep">Whether a content word may end the phrase (by default every one may).</param>
    public static string Of(QuantityItem item, Func<string, bool>? keep = null)
    {
        string sentence = item.Position.Sentence, figure = item.Display;
        int at = At(sentence, figure, item.SentenceOffset);
        if (at < 0) return figure;
        var clauseBefore = ClauseBefore(sentence[..at]);
        var before = BeforeFigure(clauseBefore, out bool beforeCut);
        var clauseAfter = ClauseAfter(sentence[(at + figure.Length)..], out bool bracket);
        var after = clauseAfter.Take(After).ToList();
        bool afterCut = bracket || clauseAfter.Count > After;
        if (afterCut) after = ToPhraseEnd(after);
        // A negation governing the figure that the phrase would leave out: reach it.
        if (GoverningBefore(clauseBefore, figure) is int n and >= 0 && n < clauseBefore.Count - before.Count)
        {
            int from = FromNegation(clauseBefore, n);
            before = clauseBefore[from..];
            beforeCut = from > 0;
        }
        if (GoverningAfter(clauseAfter) is int m and >= 0 && m >= after.Count)
        {
            int end = ThroughNegation(clauseAfter, m);
            after = clauseAfter[..end];
            afterCut = bracket || end < clauseAfter.Count;
        }
        bool Edge(string word) => ContentWords.Of(word) is { Count: > 0 } && (keep is null || keep(word));
        // A negation ends the trimming: what it negates may go, the negation stays.
        while (before.Count > 0 && !Edge(before[0]) && !IsNegation(before[0])) { before.RemoveAt(0); beforeCut = true; }
        while (after.Count > 0 && !Edge(after[^1]) && !IsNegation(after[^1])) { after.RemoveAt(after.Count - 1); afterCut = true; }
        string text = string.Join(' ', before.Append(figure.Trim()).Concat(after));
        return (before.Count > 0 && beforeCut ? "…" : "") + text + (afterCut ? "…" : "");
    }

    // The last negation before the figure in its predicate: at most MaxBefore words from it, and no conjunction,
    // relative or subordinating word between ("does not have 200,000", "can't scrap a total of 8,329"; not "did not open
    // and 12 boats sank", "doesn't believe a report that predicted 10 percent"); -1 when there is none. "No" right
    // before a figure in digits is the number sign ("the No 1 jersey").
    private static int GoverningBefore(List<string> clause, string figure)
    {
        for (int k = clause.Count - 1; k >= 0 && clause.Count - 1 - k <= MaxBefore; k--)
        {
            if (k == clause.Count - 1 && Bare(clause[k]) == "no" && figure.Length > 0 && char.IsDigit(figure[0])) continue;
            if (IsNegation(clause[k])) return k;
            if (Opens(clause[k])) return -1;
        }
        return -1;
    }

    // The first negation after the figure in its predicate: at most MaxAfter words after it, none of them a
    // conjunction, relative or subordinating word ("200 troops were not sent", "four senators indicated they would not
    // back"; not "1,000 asylum seekers who have been jailed … without"), and not "without", which after a figure
    // qualifies another verb ("evacuated without giving"); -1 when there is none.
    private static int GoverningAfter(List<string> clause)
    {
        for (int k = 0; k < clause.Count && k <= MaxAfter; k++)
        {
            if (IsNegation(clause[k])) return Bare(clause[k]) == "without" ? -1 : k;
            if (Opens(clause[k])) return -1;
        }
        return -1;
    }

    private const int MaxBefore = 4, MaxAfter = 5;

    // Words that open another predicate or clause than the figure's.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "that", "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "if", "whether",
        "because", "before", "after", "until", "since", "although", "though", "unless", "while", "whereas",
    };

    private static bool Opens(string token) => Openers.Contains(Bare(token));

    private static string Bare(string token) =>
        token.Trim(Closing.ToCharArray()).Trim(Opening.ToCharArray()).ToLowerInvariant().Replace('’', '\'');

    /// <summary>Whether <paramref name="token"/> negates its clause: "not", "never", "no", "without", "cannot", or a word ending in "n't" ("doesn't").</summary>
    public static bool IsNegation(string token)
    {
        string word = Bare(token);
        return Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);
    }

    // The figure's own occurrence, at its span, when the sentence holds it there ("12 were hurt, and 12 boats sank": the
    // second "12" is told in its own clause); else the first occurrence.
    private static int At(string sentence, string figure, int offset) =>
        offset >= 0 && offset + figure.Length <= sentence.Length && string.CompareOrdinal(sentence, offset, figure, 0, figure.Length) == 0
            ? offset
            : sentence.IndexOf(figure, StringComparison.Ordinal);

    // The words of the figure's clause before it, in order: back to a word closing a clause or opening a bracket or quotation.
    private static List<string> ClauseBefore(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = tokens.Length - 1;
        while (k >= 0 && !(tokens[k] is "-" || Closing.Contains(tokens[k][^1]) || Opening.Contains(tokens[k][0]))) k--;
        return tokens[(k + 1)..].ToList();
    }

    // The words right before the figure that qualify it ("Europe's five", "require at least 200,000"), nearest last:
    // content words of its clause, at most Before; cut when more of the clause is left out.
    private static List<string> BeforeFigure(List<string> clause, out bool cut)
    {
        var words = new List<string>();
        cut = false;
        for (int k = clause.Count - 1; k >= 0; k--)
        {
            // "said 12 countries", "that 12 countries": a function word before the figure ends what qualifies it.
            if (ContentWords.Of(clause[k]).Count == 0 || words.Count == Before) { cut = true; break; }
            words.Insert(0, clause[k]);
        }
        return words;
    }

    // Where a phrase reaching back to the negation at <paramref name="negation"/> starts: at the content word before the
    // auxiliaries that lead to it ("Europe does not have"), else at the negation itself.
    private static int FromNegation(List<string> clause, int negation)
    {
        int k = negation - 1;
        while (k >= 0 && negation - k <= 2 && ContentWords.Of(clause[k]).Count == 0 && !IsNegation(clause[k])) k--;
        return k >= 0 && negation - k <= 3 && ContentWords.Of(clause[k]).Count > 0 ? k : negation;
    }

    // Where a phrase reaching on to the negation at <paramref name="negation"/> ends: after the content word it negates
    // ("will not be sent"), else after the negation.
    private static int ThroughNegation(List<string> clause, int negation)
    {
        for (int k = negation + 1; k < clause.Count && k <= negation + 3; k++)
            if (ContentWords.Of(clause[k]).Count > 0 && !IsNegation(clause[k])) return k + 1;
        return negation + 1;
    }

    // A clause cut short ends where a phrase does, before its last function word that follows a content word (or the
    // figure): "two weeks on how a Europe-led" is "two weeks", "three times the size of the entire" is "three times the size".
    private static List<string> ToPhraseEnd(List<string> after)
    {
        static bool Function(string word) => ContentWords.Of(word).Count == 0;
        int end = Enumerable.Range(0, after.Count).LastOrDefault(k => Function(after[k]) && (k == 0 || !Function(after[k - 1])), after.Count);
        return after[..end];
    }

    // The words of the figure's clause after it; a word closing the clause ends it without its punctuation, a bracket
    // or quotation opening (<paramref name="bracket"/>) ends it before.
    private static List<string> ClauseAfter(string text, out bool bracket)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        bracket = false;
        foreach (string token in tokens)
        {
            if (token is "-" || token[0] is '—' or '–') break;
            if (Opening.Contains(token[0])) { bracket = true; break; }
            string word = token.TrimEnd(Closing.ToCharArray());
            if (word.Length > 0) words.Add(word);
            if (word.Length < token.Length) break;
        }
        return words;
    }
}
