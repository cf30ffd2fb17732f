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
        return first > chain.Last ? null : DetectIn(text, tokens, first, chain.Last);
    }

    /// <summary>The person whose name ends the tokens [first, last], with the title before it, if any.</summary>
    private static PersonDetection? DetectIn(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        int nameStart = NameStart(tokens, first, last);
        if (nameStart > last)
        {
            // "Professor Michael Porter of Harvard Business School": the chain ends in an organisation; the name is before it.
            int connector = LastConnector(tokens, first, last);
            return connector > first && NameStart(tokens, first, connector - 1) <= connector - 2 ? DetectIn(text, tokens, first, connector - 1) : null;
        }
        if (nameStart > first && EndsOrganisation(tokens[nameStart - 1]))
        {
            // After "of"/"for"/"to" or an organisation's own word come the office's organisation or place, then perhaps
            // the name: "Director of Public Prosecutions Alison Saunders", "Maricopa County Sheriff Joe Arpaio". The
            // name starts at a known given name, or is the last two of three or more words; "MP for Llanelli", "King
            // of Clubs" and "president of Economist Films" hold no name.
            int given = -1;
            for (int i = nameStart; i < last && given < 0; i++)
                if (FirstNames.Contains(tokens[i].Text)) given = i;
            if (given >= 0) nameStart = given;
            else if (last - nameStart + 1 >= 3) nameStart = last - 1;
            else return null;
        }
        // Text glued together without a space ("TalibanPresident Ashraf Ghani"): the name is what follows the seam.
        for (int i = nameStart; i <= last; i++)
            if (NameEdges.IsGlued(tokens[i])) return i < last ? DetectIn(text, tokens, i + 1, last) : null;
        int count = last - nameStart + 1;
        if (count > 4 || (count >= 2 && NameEdges.EndsNonPerson(tokens[last - 1], tokens[last]))) return null;
        // A headline's verb after the name ("Hillary Clinton Obsessed"), and a word for the person before it ("Actress
        // Sally Lindsay"): neither is part of the name; the latter is the role when none other is given.
        if (count >= 3 && NameEdges.IsTrailingVerb(tokens[last]) && !SpeechFollows(text, tokens, last)) return DetectIn(text, tokens, first, last - 1);
        int personNoun = -1;
        if (count >= 3 && tokens[nameStart + 1].IsCap && !NameShape.IsParticle(tokens[nameStart + 1].Text) && NameEdges.IsPersonNoun(tokens[nameStart]))
            (personNoun, nameStart, count) = (nameStart, nameStart + 1, count - 1);

        var firstName = tokens[nameStart];
        var lastName = tokens[last];
        string name = text[firstName.Start..lastName.End];
        name = name[..(name.Length - (lastName.Text.Length - lastName.Bare.Length))];
        if (OrganisationNames.Canonical(name) is not null || PlaceNames.Canonical(name) is not null) return null;

        string? role = null;
        int roleStart = -1, roleEnd = -1;
        int titleEnd = nameStart - 1;
        // "Defence Secretary Sir Michael Fallon": the honorific belongs to neither the role nor the name.
        while (titleEnd >= first && (Roles.IsHonorific(tokens[titleEnd].Text) || IsConnector(tokens[titleEnd]))) titleEnd--;
        bool titled = false;
        for (int i = first; i <= titleEnd; i++) titled |= Roles.IsHead(tokens[i].Lower);
        if (titled && count == 1 && !HasUnambiguousTitle(tokens, first, titleEnd)) return null;
        if (titled)
        {
            roleStart = tokens[first].Start;
            roleEnd = tokens[titleEnd].End;
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

        // A person noun before the name gives its role, but says no more than the capitals did that a name follows.
        bool roleGiven = role is not null;
        if (role is null && personNoun >= 0)
        {
            (roleStart, roleEnd) = (tokens[personNoun].Start, tokens[personNoun].Start + tokens[personNoun].Bare.Length);
            role = text[roleStart..roleEnd];
        }

        bool speechBefore = SpeechPrecedes(text, tokens, nameStart);
        bool evidence = roleGiven
            || (count >= 2 && (FirstNames.Contains(firstName.Text) || SpeechFollows(text, tokens, last) || speechBefore))
            || (count == 1 && speechBefore && IsSaid(tokens, nameStart) && EndsClause(text, lastName.End) && !lastName.Text.Contains('.'));
        return evidence ? new PersonDetection(name, firstName.Start, lastName.Start + lastName.Bare.Length, role, roleStart, roleEnd) : null;
    }

    /// <summary>Start of the run of name-like tokens that ends at <paramref name="last"/> (past it when there is none).</summary>
    private static int NameStart(IReadOnlyList<Token> tokens, int first, int last)
    {
        int nameStart = last + 1;
        for (int i = last; i >= first; i--)
        {
            var t = tokens[i];
            bool inner = i < last && i > first;
            bool nameLike = NameShape.IsNameLike(t) || (i > first && NameShape.IsSurnameAfter(tokens[i - 1], t));
            if (nameLike && (i == last || !t.IsPossessive)) nameStart = i;
            else if (inner && (NameShape.IsParticle(t.Text) || IsInitial(t)) && NameShape.IsNameLike(tokens[i - 1])) continue;
            else break;
        }
        while (nameStart < last && NameShape.IsParticle(tokens[nameStart].Text)) nameStart++;
        return nameStart;
    }

    /// <summary>A middle initial: "E" or "E." between a given name and a surname ("Derek E Mix").</summary>
    private static bool IsInitial(in Token t) => t.Bare.TrimEnd('.') is { Length: 1 } letter && char.IsUpper(letter[0]);

    private static bool IsConnector(in Token t) => t.Text is "of" or "for" or "to" or "the";

    /// <summary>A word after which capitalised words continue an organisation or place rather than start a name.</summary>
    private static bool EndsOrganisation(in Token t) =>
        IsConnector(t) || OrganisationNames.IsCue(t.Text) || PlaceNames.IsCue(t.Text)
        || OrganisationNames.Canonical(t.Bare) is not null || PlaceNames.Canonical(t.Bare) is not null;

    private static int LastConnector(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (int i = last; i > first; i--)
            if (IsConnector(tokens[i]))
            {
                while (i > first && IsConnector(tokens[i - 1])) i--;
                return i;
            }
        return -1;
    }

    /// <summary>
    /// Words such as "General", "Premier", "Chief" or "Major" also open common phrases ("General Election", "Premier
    /// League", "Chief Executive"); before a single word they make it a person only beside an unambiguous title word.
    /// </summary>
    private static bool HasUnambiguousTitle(IReadOnlyList<Token> tokens, int first, int titleEnd)
    {
        for (int i = first; i <= titleEnd; i++)
            if (Roles.IsHead(tokens[i].Lower) && !Roles.IsAmbiguousHead(tokens[i].Lower)) return true;
        return false;
    }

    /// <summary>"said Enoch", not "told Bild": a bare word after "told" or "reported" is as often an outlet as a person.</summary>
    private static bool IsSaid(IReadOnlyList<Token> tokens, int nameStart)
    {
        int verb = tokens[nameStart - 1].IsPossessive ? nameStart - 2 : nameStart - 1;
        return tokens[verb].Lower is "said" or "says" or "added" or "asked";
    }

    /// <summary>True when a comma, full stop or other clause end follows <paramref name="at"/> ("… ," said Enoch.).</summary>
    private static bool EndsClause(string text, int at) => at >= text.Length || text[at] is '.' or ',' or ';' or ':' or '!' or '?' or '\n';

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

    /// <summary>"… ," said Emmanuel Macron; "… ," said the agency's Jane Roe.</summary>
    private static bool SpeechPrecedes(string text, IReadOnlyList<Token> tokens, int first)
    {
        if (first < 1 || !Tokenizer.OnlySpaces(text, tokens[first - 1].End, tokens[first].Start)) return false;
        if (Words.IsSpeechVerb(tokens[first - 1].Text)) return true;
        return tokens[first - 1].IsPossessive && first >= 2 && Words.IsSpeechVerb(tokens[first - 2].Text)
            && Tokenizer.OnlySpaces(text, tokens[first - 2].End, tokens[first - 1].Start);
    }
}
