using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.Names;

/// <summary>A run of tokens [First, Last] joined only by spaces, that may hold a title, a name or an organisation.</summary>
internal readonly record struct Chain(int First, int Last)
{
    public int Count => Last - First + 1;
}

/// <summary>
/// Finds capitalised chains: runs of capitalised words, acronyms, role words ("spokesperson", "interim") and
/// connectors ("of the", "to", "de") with nothing but spaces between them. Chains are where titles,
/// names and organisation names live; splitting them is the job of the extractors.
/// </summary>
internal static class ChainScanner
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "to", "for", "the" };
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "his", "her", "their", "its" };

    public static IReadOnlyList<Chain> Scan(string text, IReadOnlyList<Token> tokens)
    {
        var chains = new List<Chain>();
        int start = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool joined = start >= 0 && (Tokenizer.OnlySpaces(text, tokens[i - 1].End, t.Start) || AfterMiddleInitial(text, tokens[i - 1], t))
                && !tokens[i - 1].IsPossessiveName();
            bool allowed = t.IsCap || t.IsRoleWord
                || (joined && (Connectors.Contains(t.Text) || NameShape.IsParticle(t.Text)))
                || (!joined && Determiners.Contains(t.Lower));
            if (joined && allowed) continue;
            if (start >= 0) Close(tokens, start, i - 1, chains);
            start = allowed ? i : -1;
        }
        if (start >= 0) Close(tokens, start, tokens.Count - 1, chains);
        return chains;
    }

    private static void Close(IReadOnlyList<Token> tokens, int first, int last, List<Chain> into)
    {
        // A chain never ends on a connector or lower-case filler: "Minister of" is not a title.
        while (last >= first && !tokens[last].IsCap && !tokens[last].IsRoleWord) last--;
        if (last >= first) into.Add(new Chain(first, last));
    }

    /// <summary>"Derek E. Mix": a single capital and its full stop inside a name do not end the chain.</summary>
    private static bool AfterMiddleInitial(string text, in Token previous, in Token next) =>
        previous.Text.Length == 1 && char.IsUpper(previous.Text[0]) && next.IsNameLike
        && next.Start == previous.End + 2 && text[previous.End] == '.' && text[previous.End + 1] == ' ';

    /// <summary>"Trump's special envoy": a possessive name ends a chain; a possessive country ("Italy's PM") does not.</summary>
    private static bool IsPossessiveName(this Token t) => t.IsPossessive && !Countries.IsCountryOrNationality(t.Bare);
}
