using Summarizer.Text;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// A figure told with its own short phrase from its sentence, verbatim ("15 countries have already proposed
/// deploying forces"): the words of its clause next to it (the content words right before it, up to
/// <see cref="Before"/>, and up to <see cref="After"/> words after it, never across a comma, colon, dash, bracket or
/// quotation mark), without function words at either end; an ellipsis marks a clause cut short. A reader sees what
/// the figure is about in the outlet's words, not a word list.
/// </summary>
internal static class FigurePhrase
{
    public const int Before = 3;
    public const int After = 5;

    private const string Closing = ",;:.)]”\"—–";
    private const string Opening = "([“\"—–";

    /// <param name="item">The figure.</param>
    /// <param name="keep">Whether a content word may end the phrase (by default every one may).</param>
    public static string Of(QuantityItem item, Func<string, bool>? keep = null)
    {
        string sentence = item.Position.Sentence, figure = item.Display;
        int at = At(sentence, figure, item.SentenceOffset);
        if (at < 0) return figure;
        var before = BeforeFigure(sentence[..at], out bool beforeCut);
        var after = AfterFigure(sentence[(at + figure.Length)..], out bool afterCut);
        if (afterCut) after = ToPhraseEnd(after);
        bool Edge(string word) => ContentWords.Of(word) is { Count: > 0 } && (keep is null || keep(word));
        while (before.Count > 0 && !Edge(before[0])) { before.RemoveAt(0); beforeCut = true; }
        while (after.Count > 0 && !Edge(after[^1])) { after.RemoveAt(after.Count - 1); afterCut = true; }
        string text = string.Join(' ', before.Append(figure.Trim()).Concat(after));
        return (before.Count > 0 && beforeCut ? "…" : "") + text + (afterCut ? "…" : "");
    }

    // The figure's own occurrence, at its span, when the sentence holds it there ("12 were hurt, and 12 boats sank": the
    // second "12" is told in its own clause); else the first occurrence.
    private static int At(string sentence, string figure, int offset) =>
        offset >= 0 && offset + figure.Length <= sentence.Length && string.CompareOrdinal(sentence, offset, figure, 0, figure.Length) == 0
            ? offset
            : sentence.IndexOf(figure, StringComparison.Ordinal);

    // The words right before the figure that qualify it ("Europe's five", "require at least 200,000"), nearest last:
    // content words of its clause, at most Before; cut when more of the clause is left out.
    private static List<string> BeforeFigure(string text, out bool cut)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        cut = false;
        for (int k = tokens.Length - 1; k >= 0; k--)
        {
            string token = tokens[k];
            if (token is "-" || Closing.Contains(token[^1]) || Opening.Contains(token[0])) break;
            // "said 12 countries", "that 12 countries": a function word before the figure ends what qualifies it.
            if (ContentWords.Of(token).Count == 0) { cut = true; break; }
            if (words.Count == Before) { cut = true; break; }
            words.Insert(0, token);
        }
        return words;
    }

    // A clause cut short ends where a phrase does, before its last function word that follows a content word (or the
    // figure): "two weeks on how a Europe-led" is "two weeks", "three times the size of the entire" is "three times the size".
    private static List<string> ToPhraseEnd(List<string> after)
    {
        static bool Function(string word) => ContentWords.Of(word).Count == 0;
        int end = Enumerable.Range(0, after.Count).LastOrDefault(k => Function(after[k]) && (k == 0 || !Function(after[k - 1])), after.Count);
        return after[..end];
    }

    // The words of the figure's clause after it; a word closing the clause ends the phrase without its punctuation.
    private static List<string> AfterFigure(string text, out bool cut)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        cut = false;
        foreach (string token in tokens)
        {
            if (token is "-" || token[0] is '—' or '–') break;
            if (Opening.Contains(token[0]) || words.Count == After) { cut = true; break; }
            string word = token.TrimEnd(Closing.ToCharArray());
            if (word.Length > 0) words.Add(word);
            if (word.Length < token.Length) break;
        }
        return words;
    }
}
