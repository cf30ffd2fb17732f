using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Who says what in reported speech: a named speaker and a verb of saying, with the words it governs after it ("Jones
/// said the cuts would hurt") or before it ("The cuts would hurt, Jones said"; "…, said Jones"). Speakers are
/// the name's words as the article writes them, joined by a space ("Mary Jones"): name matching reads capitals. How
/// one verb of the article finds its speaker is <see cref="ArticleSpeech"/>'s.
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

    /// <summary>The most words a speaker's name may have ("Sebastien Lecornu", "Mary Anne Jones").</summary>
    internal const int MaxNameWords = 3;

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
        ArticleSpeech.Speech? forward = null, backward = null;
        foreach (int q in ids)
        {
            if (!Verbs.Contains(tokens[q].Folded)) continue;
            var speech = ArticleSpeech.Read(article, ids, q);
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

    internal static bool Breaks(string text, WordToken before, WordToken after) => ClauseBreak.Between(text, before, after, orQuote: true);
}
