using Summarizer.Facts;

namespace Summarizer.Comparisons.Citing;

/// <summary>
/// The clauses of a sentence, as far as a citation reaches: a semicolon ends one, and so does a comma, colon or dash
/// before a coordinating conjunction ("…, according to Reuters, and officials said 40 were injured") or before a new
/// subject with an attribution verb of its own and what it says (", officials said 40 were injured"). A comma before
/// anything else ("AP, citing Reuters, said", "12 died, Reuters reported") stays inside the clause.
/// </summary>
internal static class Clauses
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "yet", "so", "while", "whereas",
    };

    private static readonly HashSet<string> AttributionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "reported", "reports", "report", "added", "adds", "stated", "states",
        "wrote", "writes", "announced", "announces", "confirmed", "confirms", "estimated", "estimates", "put", "puts",
    };

    /// <summary>How many words after a comma may name the new subject before its attribution verb.</summary>
    private const int MaxSubjectWords = 4;

    /// <summary>The clauses of <paramref name="sentence"/>, as spans of it, in order and covering it.</summary>
    public static List<TextSpan> Of(string sentence)
    {
        var clauses = new List<TextSpan>();
        int from = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            bool boundary = sentence[i] == ';' || (sentence[i] is ',' or ':' or '—' or '–' && !BetweenDigits(sentence, i) && OpensClause(sentence, i + 1));
            if (!boundary) continue;
            clauses.Add(new TextSpan(from, i - from));
            from = i + 1;
        }
        clauses.Add(new TextSpan(from, sentence.Length - from));
        return clauses;
    }

    // "5,000" and "10:30" are one figure.
    private static bool BetweenDigits(string sentence, int i) =>
        i > 0 && i + 1 < sentence.Length && char.IsDigit(sentence[i - 1]) && char.IsDigit(sentence[i + 1]);

    /// <summary>True when the words from <paramref name="at"/> to the next comma open a clause of their own.</summary>
    private static bool OpensClause(string sentence, int at)
    {
        int end = sentence.IndexOfAny([',', ';'], at);
        var words = sentence[at..(end < 0 ? sentence.Length : end)]
            .Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '“', '”', '\'', '(', ')', '.', '!', '?'))
            .Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return false;
        if (Conjunctions.Contains(words[0])) return true;
        // A subject, its verb, and what it says: a verb that ends the words ("12 died, Reuters reported") reports the clause before.
        int verb = words.FindIndex(1, w => AttributionVerbs.Contains(w));
        return verb is > 0 and <= MaxSubjectWords && verb < words.Count - 1;
    }
}
