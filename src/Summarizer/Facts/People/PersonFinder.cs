using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Text;

namespace Summarizer.Facts.People;

/// <summary>
/// Finds people in capitalised chains. A chain's trailing run of name-like tokens is a person when a title
/// precedes it in the chain ("French Defense Minister Sébastien Lecornu"), a comma-set role sits next to it,
/// a speech verb follows or precedes it, its first token is a common given name, or an honorific ("Lord Sugar") or a
/// lower-case noun for one person ("the musician Gen Hoshino") stands before it (<see cref="NameContext"/>). Where in the
/// chain the name begins is <see cref="NameBounds"/>'s to say; a name the article gives a product ("an AI called Enoch")
/// is none (<see cref="ProductNames"/>).
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
        // "Gen Halden" is the rank and the surname when the article names "Gen Mark Halden" too; else "Gen" was a given name.
        var surnames = found.Where(d => !d.RankAsName).Select(d => NameKey.Tokens(d.Name)).Where(k => k.Count > 1).Select(k => k[^1]).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(d => d.RankAsName && surnames.Contains(NameKey.Tokens(d.Name)[^1]));
        // "said Enoch" where the article introduces "an AI called Enoch": a product, no person.
        var products = ProductNames.Find(text, tokens);
        if (products.Count > 0) found.RemoveAll(d => products.Contains(d.Name));
        return found;
    }

    private static PersonDetection? Detect(string text, IReadOnlyList<Token> tokens, Chain chain)
    {
        int first = chain.First;
        while (first <= chain.Last && !tokens[first].IsCap && !tokens[first].IsRoleWord) first++;
        bool modal = false;
        while (first <= chain.Last && !tokens[first].IsAcronym && Words.IsFunction(tokens[first].Lower) && !tokens[first].IsRoleWord
               && !(modal = NameContext.IsGivenModal(text, tokens, first, chain.Last))) first++;
        return first > chain.Last ? null : DetectIn(text, tokens, first, chain.Last, modal);
    }

    /// <summary>
    /// The person whose name ends the tokens [first, last], with the title before it, if any; with <c>modal</c>, the modal
    /// verb at <c>first</c> is the given name ("Will Smith").
    /// </summary>
    private static PersonDetection? DetectIn(string text, IReadOnlyList<Token> tokens, int first, int last, bool modal = false)
    {
        int nameStart = NameBounds.NameStart(tokens, first, last);
        if (modal && nameStart == first + 1) nameStart = first;
        if (nameStart > last)
        {
            // "Professor Michael Porter of Harvard Business School": the chain ends in an organisation; the name is before it.
            int connector = NameBounds.LastConnector(tokens, first, last);
            return connector > first && NameBounds.NameStart(tokens, first, connector - 1) <= connector - 2 ? DetectIn(text, tokens, first, connector - 1) : null;
        }
        if (nameStart == last && nameStart > first && NameContext.IsPlaceAsGivenName(text, tokens, first, nameStart)) nameStart--;
        else if (nameStart > first && NameBounds.EndsOrganisation(tokens[nameStart - 1]))
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
        // A name does not end in the plural of an abstract noun: "Chuck Jones Looney Tunes" is a person and the title of his work.
        if (count >= 3 && CommonNouns.IsAbstractPlural(tokens[last].Lower) && !NameBounds.IsInitial(tokens[last - 1]) && !FirstNames.Contains(tokens[last - 1].Bare))
            return FirstNames.Contains(tokens[nameStart].Bare) ? DetectIn(text, tokens, first, nameStart + 1) : null;
        // A headline's verb after the name ("Hillary Clinton Obsessed"), and a word for the person before it ("Actress
        // Sally Lindsay"): neither is part of the name; the latter is the role when none other is given.
        if (count >= 3 && NameEdges.IsTrailingVerb(tokens[last]) && !NameContext.SpeechFollows(text, tokens, last)) return DetectIn(text, tokens, first, last - 1);
        int personNoun = -1;
        if (count >= 3 && tokens[nameStart + 1].IsCap && !NameShape.IsParticle(tokens[nameStart + 1].Text) && NameEdges.IsPersonNoun(tokens[nameStart]))
        {
            // A plural ("Pollsters Ipsos Mori", "Developers Acme Homes") is many people: what it names is a firm, no person,
            // unless a given name opens it ("Actors Tom Hanks and Meg Ryan").
            if (CommonNouns.SingularOf(tokens[nameStart].Lower) is not null && !FirstNames.Contains(tokens[nameStart + 1].Bare)) return null;
            (personNoun, nameStart, count) = (nameStart, nameStart + 1, count - 1);
        }

        var firstName = tokens[nameStart];
        var lastName = tokens[last];
        string name = text[firstName.Start..lastName.End];
        name = name[..(name.Length - (lastName.Text.Length - lastName.Bare.Length))];
        if (OrganisationNames.Canonical(name) is not null || PlaceNames.Canonical(name) is not null) return null;

        string? role = null;
        int roleStart = -1, roleEnd = -1;
        int titleEnd = nameStart - 1;
        // "Defence Secretary Sir Michael Fallon": the honorific belongs to neither the role nor the name.
        while (titleEnd >= first && (Roles.IsHonorific(tokens[titleEnd].Text) || NameBounds.IsConnector(tokens[titleEnd]))) titleEnd--;
        bool titled = false;
        for (int i = first; i <= titleEnd; i++) titled |= Roles.IsHead(tokens[i].Lower);
        bool rankAsName = false;
        if (titled && count == 1 && !HasUnambiguousTitle(tokens, first, titleEnd))
        {
            // "Gen Hoshino": an abbreviated rank alone before one name may be the given name (see Find).
            if (titleEnd != first || titleEnd != nameStart - 1 || !NameContext.IsBareRankAbbreviation(tokens[first])) return null;
            (rankAsName, titled, nameStart, count, firstName) = (true, false, first, 2, tokens[first]);
        }
        // "Lord Sugar", "Mr Hollis": an honorific before a single name makes it a person's, and stays in it.
        bool honorific = !titled && count == 1 && nameStart > first && Roles.IsHonorific(tokens[nameStart - 1].Text)
            && (lastName.IsNameLike || NameBounds.IsSurnameAfterHonorific(tokens[nameStart - 1], lastName))
            && !NameContext.IsBrand(text, tokens, last);
        if (honorific) (nameStart, count, firstName) = (nameStart - 1, 2, tokens[nameStart - 1]);
        if (rankAsName || honorific) name = text[firstName.Start..(lastName.Start + lastName.Bare.Length)];
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

        bool speechBefore = NameContext.SpeechPrecedes(text, tokens, nameStart), speechAfter = NameContext.SpeechFollows(text, tokens, last);
        bool givenName = FirstNames.Contains(firstName.Text) || modal;
        string next = NameContext.NextWord(text, lastName.End);
        // "Ofsted, which put …": a bare single name "which" takes up is no person; "Chancellor Reeves, which surprised
        // …" and "said Reeves, which" take up what was done or said.
        if (next == "which" && count == 1 && !givenName && !honorific && !CapitalisedTitle(tokens, first, titleEnd) && !speechBefore && !speechAfter) return null;
        // "Dr Pepper sales rose": an honorific before a common noun is a brand or a thing unless more says person (a role,
        // a verb of saying, "who/he/she" after it, an age, a pronoun for a person later in the sentence) or the article
        // gives it a given name (the registry decides).
        bool shownAsPerson = roleGiven || speechBefore || speechAfter || NameContext.TakesUpPerson(next);
        bool weak = honorific && CommonNouns.IsCommonNoun(lastName.Lower)
            && !(shownAsPerson || NameContext.PersonNounBefore(text, tokens, nameStart)
                 || NameContext.AgeFollows(text, lastName.End) || NameContext.PersonalPronounLater(text, lastName.End));
        // "of Robert Street, Plumstead" is an address; "Mayor Andy Street", "Andy Street said" and "Andy Street, who" are the mayor.
        if (count >= 2 && NameEdges.EndsInSurnameHead(tokens[last]) && !shownAsPerson)
            return null;
        bool evidence = roleGiven || honorific
            || (count >= 2 && (givenName || speechAfter || speechBefore || NameContext.PersonNounBefore(text, tokens, nameStart)))
            || (count == 1 && speechBefore && NameContext.IsSaid(tokens, nameStart) && NameContext.EndsClause(text, lastName.End) && !lastName.Text.Contains('.'));
        return evidence ? new PersonDetection(name, firstName.Start, lastName.Start + lastName.Bare.Length, role, roleStart, roleEnd) { RankAsName = rankAsName, Weak = weak } : null;
    }

    /// <summary>"Chancellor Reeves", "Judge Harlow": a capitalised title word among the tokens [first, titleEnd].</summary>
    private static bool CapitalisedTitle(IReadOnlyList<Token> tokens, int first, int titleEnd)
    {
        for (int i = first; i <= titleEnd; i++)
            if (tokens[i].IsCap && Roles.IsHead(tokens[i].Lower)) return true;
        return false;
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
}
