using Summarizer.Text;

namespace Summarizer.Articles.Sentences;

/// <summary>
/// Rule-based sentence splitter for news prose. Line breaks always end a sentence (the cleaner has already
/// rejoined wrapped lines); within a line a sentence ends at . ! ? or … (or the Arabic "؟" or the Urdu full stop "۔") followed by optional closing quotes or
/// brackets, whitespace and a plausible sentence start, unless the full stop belongs to an abbreviation,
/// an initial or a number. In text without capitals (lower-cased corpora and model output) a sentence may start
/// lower-case. Where scraping lost a full stop, a sentence opener capitalised between two lower-case words
/// ("… in charge of the club He has impressed …") still starts a sentence (see <see cref="LostBoundary"/>).
/// A Spanish sentence may open on "¿" or "¡". Chinese and Japanese sentences end at "。", "！" or "？"
/// (<see cref="Unspaced.IsSentenceEnd"/>) with no space after them and no capital to start the next; a quotation closing
/// on such a mark ("。」") ends its sentence only when no attribution follows it ("「…。」と話した" is one sentence), and
/// one in 「」 of several sentences stays whole, as one in “” does.
/// </summary>
public static class SentenceSplitter
{
    private const string ClosingMarks = "\"'”’»)]" + Unspaced.ClosingMarks;
    private const string OpeningMarks = "\"'“‘«([「『（【《〈〔〖¿¡";

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        bool uncased = Casing.IsUncased(text);
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, uncased, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, bool uncased, List<Sentence> into)
    {
        int sentenceStart = start;
        int quoteClosesAt = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (i > quoteClosesAt && IsOpeningQuote(text, i, start)) quoteClosesAt = ClosingQuote(text, i, end);
            if (c == ' ' && !uncased && i > quoteClosesAt && i > sentenceStart && LostBoundary.At(text, i, end))
            {
                Add(text, sentenceStart, i, into);
                sentenceStart = i + 1;
                continue;
            }
            if (Unspaced.IsSentenceEnd(c))
            {
                if (i < quoteClosesAt - 1 || (c == '．' && i + 1 < end && char.IsDigit(text[i + 1]))) continue;
                int after = i + 1;
                while (after < end && (ClosingMarks.Contains(text[after]) || Unspaced.IsSentenceEnd(text[after]) || text[after] is '!' or '?')) after++;
                int following = after;
                while (following < end && char.IsWhiteSpace(text[following])) following++;
                if (following >= end) continue;
                // "「説明が足りない。」と話した": the quotation's end is not the sentence's when its attribution follows.
                if (after > i + 1 && ClosingMarks.Contains(text[after - 1]) && following == after && Unspaced.IsLetter(text[following])) continue;
                Add(text, sentenceStart, after, into);
                sentenceStart = following;
                i = following - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…' or '؟' or '۔')) continue;
            // A quotation of several sentences stays whole when it closes on the same line.
            if (i < quoteClosesAt - 1) continue;
            int close = i + 1;
            while (close < end && (ClosingMarks.Contains(text[close]) || text[close] is '.' or '!' or '?')) close++;
            if (close >= end || !char.IsWhiteSpace(text[close])) continue;
            int next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) continue;
            if (!StartsSentence(text, next, end, uncased)) continue;
            if (c == '.' && IsNonTerminalPeriod(text, sentenceStart, i, next, end, uncased)) continue;
            Add(text, sentenceStart, close, into);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, into);
    }

    private static bool IsOpeningQuote(string text, int i, int lineStart) =>
        text[i] is '“' or '«' or '「' or '『' || (text[i] == '"' && (i == lineStart || !char.IsLetterOrDigit(text[i - 1])));

    private static int ClosingQuote(string text, int open, int end)
    {
        char closer = text[open] switch { '“' => '”', '«' => '»', '「' => '」', '『' => '』', _ => '"' };
        int close = text.IndexOf(closer, open + 1, end - open - 1);
        return close < 0 ? -1 : close;
    }

    private static bool StartsSentence(string text, int at, int end, bool uncased)
    {
        int i = at;
        while (i < end && OpeningMarks.Contains(text[i])) i++;
        if (i >= end) return false;
        char c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || ((i > at || uncased) && char.IsLetter(c)) || c is '—' or '–' or '-';
    }

    private static bool IsNonTerminalPeriod(string text, int sentenceStart, int dot, int next, int end, bool uncased)
    {
        int wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1])) wordStart--;
        string word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (Abbreviations.IsTitle(word, anyCase: uncased)) return true;
        if (!Abbreviations.IsInitialism(word)) return false;
        // "U.S. President" continues, "in the U.S. The talks" ends: decide on the next word.
        int nextEnd = next;
        while (nextEnd < end && char.IsLetter(text[nextEnd])) nextEnd++;
        return !Abbreviations.LooksLikeSentenceStart(text[next..nextEnd]);
    }

    private static void Add(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        into.Add(new Sentence(into.Count, start, end - start, text[start..end]));
    }
}
