using System.Text;
using Summarizer.Articles.Sentences;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Restores the space that scraped text often loses after a sentence ("…the scientific community.Dr Venter has…"):
/// a full stop, question or exclamation mark after a lower-case letter, a digit or a closing bracket, directly followed
/// by a capital letter (or by a quotation mark and a capital), ends a sentence. Abbreviations ("St.Louis"), initials
/// ("Ph.D"), web addresses and decimal numbers are left alone.
/// </summary>
internal static class GluedSentences
{
    /// <summary>The line with a space inserted at every glued sentence boundary; the same string when there is none.</summary>
    public static string Repair(string line)
    {
        StringBuilder? sb = null;
        int copied = 0;
        for (int i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is not ('.' or '!' or '?')) continue;
            int insertAt = BoundaryAfter(line, i);
            if (insertAt < 0) continue;
            sb ??= new StringBuilder(line.Length + 16);
            sb.Append(line, copied, insertAt - copied).Append(' ');
            copied = insertAt;
        }
        if (sb is null) return line;
        return sb.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>Where the missing space goes after the mark at <paramref name="mark"/>, or -1 when this is no glued boundary.</summary>
    private static int BoundaryAfter(string line, int mark)
    {
        char before = line[mark - 1];
        if (!(char.IsLower(before) || char.IsDigit(before) || before is ')' or ']' or '%' or '"' or '”' or '’' or '\'' || AfterAcronym(line, mark))) return -1;
        int next = mark + 1;
        int insertAt = next;
        char c = line[next];
        if (IsQuote(c))
        {
            if (next + 1 >= line.Length || !char.IsUpper(line[next + 1])) return -1;
            // A quotation mark between two sentences closes the first or opens the second; the space goes on the other side.
            insertAt = ClosesQuotation(line, next) ? next + 1 : next;
        }
        else if (!char.IsUpper(c)) return -1;
        int word = WordStart(line, mark);
        string wordBefore = line[word..mark];
        if (IsWebAddress(line, word, next) || Abbreviations.IsTitle(wordBefore)) return -1;
        // "Ph.D.", "B.Sc.": a single capital after the mark, then another full stop, is an initialism going on.
        int letter = IsQuote(c) ? next + 1 : next;
        if (letter + 1 < line.Length && line[letter + 1] == '.') return -1;
        // "e.g.The", "a.m.Then": a word that already holds a full stop is an abbreviation; a decimal point ("£25.98m.The",
        // "4:17.57.The") is not one.
        return HoldsAbbreviationStop(wordBefore) ? -1 : insertAt;
    }

    private static bool HoldsAbbreviationStop(string word)
    {
        for (int i = word.IndexOf('.'); i >= 0; i = word.IndexOf('.', i + 1))
            if (i == 0 || i == word.Length - 1 || !char.IsDigit(word[i - 1]) || !char.IsDigit(word[i + 1])) return true;
        return false;
    }

    /// <summary>"…told the BBC.Dilip Kumar said…": an acronym of capitals, then a capitalised word that goes on in lower case.</summary>
    private static bool AfterAcronym(string line, int mark)
    {
        int start = mark;
        while (start > 0 && char.IsUpper(line[start - 1])) start--;
        if (mark - start < 2 || (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] == '.'))) return false;
        return mark + 2 < line.Length && char.IsUpper(line[mark + 1]) && char.IsLower(line[mark + 2]);
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';

    /// <summary>True when the mark at <paramref name="at"/> closes a quotation rather than opening the next one.</summary>
    private static bool ClosesQuotation(string line, int at)
    {
        char c = line[at];
        if (c is '”' or '’') return true;
        if (c is '“' or '‘') return false;
        if (c == '\'') return true;
        // Scraped paragraphs lose the break between them, so the mark closes one paragraph or opens the next. Look
        // at the next straight quote: one after a space or colon opens a quotation, so this one closed; one after
        // other text closes a quotation, so this one opened it.
        int nextQuote = line.IndexOf('"', at + 1);
        if (nextQuote < 0) return true;
        char before = line[nextQuote - 1];
        return char.IsWhiteSpace(before) || before is ':' or '(' or '—' or '–';
    }

    private static int WordStart(string line, int end)
    {
        int i = end;
        while (i > 0 && !char.IsWhiteSpace(line[i - 1]) && line[i - 1] is not ('"' or '“' or '(' or '‘')) i--;
        return i;
    }

    /// <summary>"www.Example.Com", "name@Site.Org", "http://…": the word around the mark is an address, not two sentences.</summary>
    private static bool IsWebAddress(string line, int wordStart, int next)
    {
        int end = next;
        while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
        var word = line.AsSpan(wordStart, end - wordStart);
        return word.Contains('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www", StringComparison.OrdinalIgnoreCase);
    }
}
