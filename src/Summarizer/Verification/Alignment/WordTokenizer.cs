using Summarizer.Text;

namespace Summarizer.Verification.Alignment;

/// <summary>
/// Splits text into words and numbers the same way whether it is cased prose ("Kilmarnock's 3.5m") or lower-cased,
/// tokenised model output ("kilmarnock 's 3.5 m"): possessive "'s" is dropped, "n't" becomes "not", a clitic written
/// apart ("we 've") and a bracket token ("-lrb-") are no words, digits keep
/// their decimal point and thousands commas, and a sentence ends at ., ! or ? followed by space and anything but a
/// lower-case continuation of an abbreviation (a bare " . " in tokenised text always ends one).
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        int sentence = 0;
        bool sentenceStart = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                bool digits = char.IsDigit(c);
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || InnerMark(text, i, digits))) i++;
                var span = text.AsSpan(start, i - start);
                if (span.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && span.Length > 3)
                {
                    Add(tokens, text, start, span.Length - 3, sentence, ref sentenceStart);
                    Add(tokens, "not", -1, 3, sentence, ref sentenceStart, start + span.Length - 3);
                }
                // Tokenised text writes the contraction apart ("has n't").
                else if (span.Equals("n't", StringComparison.OrdinalIgnoreCase) || span.Equals("n’t", StringComparison.OrdinalIgnoreCase))
                    Add(tokens, "not", -1, 3, sentence, ref sentenceStart, start);
                // The tokenised forms of brackets ("-lrb-") and of a clitic written apart ("we 've") are no words.
                else if (!IsBracketToken(text, start, span) && !IsDetachedClitic(text, start, span))
                    Add(tokens, text, start, span.Length, sentence, ref sentenceStart);
                continue;
            }
            if (c is '\'' or '’' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                continue;
            }
            if (c is '.' or '!' or '?' or '\n' && EndsSentence(text, i)) { sentence++; sentenceStart = true; }
            i++;
        }
        return tokens;
    }

    private static bool IsBracketToken(string text, int start, ReadOnlySpan<char> span) =>
        start > 0 && text[start - 1] == '-' && start + span.Length < text.Length && text[start + span.Length] == '-'
        && TokenisedForms.Brackets.Contains(span);

    // " 've", " 're", " 'll", " 'd", " 'm" in lower case, standing alone: not "Plan 'D'" or "a 're-election' bid".
    private static bool IsDetachedClitic(string text, int start, ReadOnlySpan<char> span) =>
        start > 1 && text[start - 1] is '\'' or '’' && text[start - 2] == ' '
        && (start + span.Length == text.Length || char.IsWhiteSpace(text[start + span.Length]))
        && TokenisedForms.Clitics.Contains(span);

    // "3.5", "1,000", "o'toole", "well-known" stay one token only where the mark sits between letters or digits.
    private static bool InnerMark(string text, int i, bool digits)
    {
        if (i + 1 >= text.Length || i == 0) return false;
        char c = text[i], next = text[i + 1], prev = text[i - 1];
        if (digits) return c is '.' or ',' && char.IsDigit(prev) && char.IsDigit(next);
        return c is '\'' or '’' && char.IsLetter(prev) && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])));
    }

    private static bool EndsSentence(string text, int i)
    {
        if (text[i] == '\n') return true;
        int j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')') j++;
        if (j == text.Length) return true;
        if (!char.IsWhiteSpace(text[j])) return text[i] == '.' && j < text.Length && char.IsUpper(text[j]) && i > 0 && char.IsLower(text[i - 1]);
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (j == text.Length) return true;
        // Tokenised text puts a space before the full stop: that one always ends a sentence.
        if (i > 0 && text[i - 1] == ' ') return true;
        return !char.IsLower(text[j]) || text[i] != '.';
    }

    private static void Add(List<WordToken> tokens, string text, int start, int length, int sentence, ref bool sentenceStart, int at = -1)
    {
        string folded = at >= 0 ? text : TextFold.Fold(text.AsSpan(start, length));
        if (at < 0 && char.IsDigit(folded[0])) folded = folded.Replace(",", "");
        bool capital = at < 0 && char.IsUpper(text[start]);
        tokens.Add(new WordToken(folded, at >= 0 ? at : start, length, sentence, capital, sentenceStart));
        sentenceStart = false;
    }
}
