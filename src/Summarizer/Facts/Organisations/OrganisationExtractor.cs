using System.Collections;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;

namespace Summarizer.Facts.Organisations;

/// <summary>
/// Organisations from three rules, in order of confidence: a known name or alias ("the Kremlin", "WSJ"),
/// a capitalised chain holding an organisation word ("International Institute for Strategic Studies",
/// "French Foreign Ministry"), and any other short acronym ("IISS").
/// </summary>
internal static class OrganisationExtractor
{
    private static readonly HashSet<string> NotOrganisations = new(StringComparer.Ordinal)
    {
        "PM", "CEO", "MP", "TV", "OK", "AI", "II", "III", "IV", "VI", "PS", "AM", "PHOTO", "VIDEO", "UPDATE", "BREAKING",
    };

    public static List<NamedFact> Extract(Article article, IReadOnlyList<Token> tokens, IReadOnlyList<Chain> chains, BitArray people)
    {
        string text = article.Text;
        var taken = (BitArray)people.Clone();
        var collector = new NamedCollector(article, taken);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCap && !char.IsDigit(tokens[i].Text[0])) continue;
            for (int j = Math.Min(tokens.Count - 1, i + OrganisationNames.MaxTokens - 1); j >= i; j--)
            {
                if (!Tokenizer.Joined(text, tokens, i, j)) continue;
                int end = tokens[j].Start + tokens[j].Bare.Length;
                if (OrganisationNames.Canonical(text.AsSpan(tokens[i].Start, end - tokens[i].Start)) is { } name
                    && Countries.Canonical(text.AsSpan(tokens[i].Start, end - tokens[i].Start)) is null)
                {
                    collector.Add(name, tokens[i].Start, end);
                    i = j;
                    break;
                }
            }
        }
        foreach (var chain in chains) FromChain(text, tokens, chain, collector);
        foreach (var t in tokens)
        {
            if (!t.IsAcronym || t.Bare.Count(char.IsLetter) > 5 || NotOrganisations.Contains(t.Bare)) continue;
            if (Countries.Canonical(t.Bare) is not null) continue;
            collector.Add(t.Bare, t.Start, t.Start + t.Bare.Length);
        }
        return collector.ToFacts();
    }

    private static void FromChain(string text, IReadOnlyList<Token> tokens, Chain chain, NamedCollector collector)
    {
        int lastCue = -1;
        for (int i = chain.First; i <= chain.Last; i++)
        {
            if (!collector.IsFree(tokens[i].Start, tokens[i].End)) break;
            if (tokens[i].IsCap && OrganisationNames.IsCue(tokens[i].Text)) lastCue = i;
        }
        if (lastCue < 0) return;
        int end = lastCue;
        // The name runs on through "of ..."/"for ..." complements: "Institute for Strategic Studies".
        while (end < chain.Last && collector.IsFree(tokens[end + 1].Start, tokens[end + 1].End)
               && (tokens[end + 1].IsCap || tokens[end + 1].Text is "of" or "for" or "the")
               && !Roles.IsHead(tokens[end + 1].Text)) end++;
        while (end > lastCue && !tokens[end].IsCap) end--;
        int start = chain.First;
        while (start < lastCue && (Words.IsFunction(tokens[start].Lower) || Roles.IsHead(tokens[start].Lower) || !tokens[start].IsCap)) start++;
        if (start == end && OrganisationNames.IsCue(tokens[start].Text)) return;
        int stop = tokens[end].Start + tokens[end].Bare.Length;
        collector.Add(text[tokens[start].Start..stop], tokens[start].Start, stop);
    }
}
