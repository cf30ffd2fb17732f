using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;

namespace Summarizer.Facts.People;

/// <summary>
/// Finds people in capitalised chains. A chain's trailing run of name-like tokens is a person when a title
/// precedes it in the chain ("French Defense Minister Sébastien Lecornu"), a comma-set role sits next to it,
/// a speech verb follows or precedes it, or its first token is a common given name.
/// </summary>
internal static class PersonFinder
{
    public static List<PersonDetection> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Chain> chains)
    {
        var found = new List<PersonDetection>();
        foreach (var chain in chains)
        {
            var d = Detect(text, tokens, chain);
            if (d is not null) found.Add(d);
        }
        return found;
    }

    private static PersonDetection? Detect(string text, IReadOnlyList<Token> tokens, Chain chain)
    {
        int first = chain.First;
        while (first <= chain.Last && !tokens[first].IsCap && !tokens[first].IsRoleWord) first++;
        while (first <= chain.Last && !tokens[first].IsAcronym && Words.IsFunction(tokens[first].Lower) && !tokens[first].IsRoleWord) first++;
        if (first > chain.Last) return null;

        int nameStart = chain.Last + 1;
        for (int i = chain.Last; i >= first; i--)
        {
            var t = tokens[i];
            bool inner = i < chain.Last && i > first;
            if (NameShape.IsNameLike(t) && (i == chain.Last || !t.IsPossessive)) nameStart = i;
            else if (inner && NameShape.IsParticle(t.Text) && NameShape.IsNameLike(tokens[i - 1])) continue;
            else break;
        }
        if (nameStart > chain.Last) return null;
        while (nameStart < chain.Last && NameShape.IsParticle(tokens[nameStart].Text)) nameStart++;
        int count = chain.Last - nameStart + 1;
        if (count > 4) return null;

        var firstName = tokens[nameStart];
        var lastName = tokens[chain.Last];
        string name = text[firstName.Start..lastName.End];
        name = name[..(name.Length - (lastName.Text.Length - lastName.Bare.Length))];
        if (OrganisationNames.Canonical(name) is not null || PlaceNames.Canonical(name) is not null) return null;

        string? role = null;
        int roleStart = -1, roleEnd = -1;
        bool titled = false;
        for (int i = first; i < nameStart; i++) titled |= Roles.IsHead(tokens[i].Lower);
        if (titled)
        {
            roleStart = tokens[first].Start;
            roleEnd = tokens[nameStart - 1].End;
            role = text[roleStart..roleEnd];
        }
        else if (Appositives.Following(text, lastName.End) is { } after)
        {
            (role, roleStart) = after;
            roleEnd = roleStart + role.Length;
        }
        else if (first == nameStart && Appositives.Preceding(text, firstName.Start) is { } before)
        {
            (role, roleStart) = before;
            roleEnd = roleStart + role.Length;
        }

        bool evidence = role is not null
            || (count >= 2 && (FirstNames.Contains(firstName.Text) || SpeechFollows(text, tokens, chain.Last) || SpeechPrecedes(text, tokens, chain.First)));
        return evidence ? new PersonDetection(name, firstName.Start, lastName.Start + lastName.Bare.Length, role, roleStart, roleEnd) : null;
    }

    /// <summary>"Sakaliene told", "Ryabkov previously warned".</summary>
    private static bool SpeechFollows(string text, IReadOnlyList<Token> tokens, int last)
    {
        for (int i = last + 1; i < tokens.Count && i <= last + 2; i++)
        {
            if (!Tokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start)) return false;
            if (Words.IsSpeechVerb(tokens[i].Text)) return true;
            if (!tokens[i].Text.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"… ," said Emmanuel Macron.</summary>
    private static bool SpeechPrecedes(string text, IReadOnlyList<Token> tokens, int first) =>
        first > 0 && Words.IsSpeechVerb(tokens[first - 1].Text) && Tokenizer.OnlySpaces(text, tokens[first - 1].End, tokens[first].Start);
}
