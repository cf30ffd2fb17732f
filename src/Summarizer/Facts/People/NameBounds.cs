using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Text;

namespace Summarizer.Facts.People;

/// <summary>
/// Where a person's name begins in a run of capitalised tokens: the trailing run of name-like words, with the particles
/// ("de", "van") and middle initials inside it, and the words before it that belong to an organisation or place rather
/// than to a name ("Director of Public Prosecutions", "Maricopa County"). <see cref="PersonFinder"/> reads the rest.
/// </summary>
internal static class NameBounds
{
    /// <summary>Start of the run of name-like tokens that ends at <paramref name="last"/> (past it when there is none).</summary>
    public static int NameStart(IReadOnlyList<Token> tokens, int first, int last)
    {
        int nameStart = last + 1;
        for (int i = last; i >= first; i--)
        {
            var t = tokens[i];
            bool inner = i < last && i > first;
            bool nameLike = NameShape.IsNameLike(t) || (i > first && (NameShape.IsSurnameAfter(tokens[i - 1], t) || IsSurnameAfterHonorific(tokens[i - 1], t)));
            if (nameLike && (i == last || !t.IsPossessive)) nameStart = i;
            else if (inner && (NameShape.IsParticle(t.Text) || IsInitial(t)) && NameShape.IsNameLike(tokens[i - 1])) continue;
            else break;
        }
        while (nameStart < last && NameShape.IsParticle(tokens[nameStart].Text)) nameStart++;
        return nameStart;
    }

    /// <summary>"Mrs May", "Ms April": after an honorific, a capitalised modal or month is the surname it goes before.</summary>
    public static bool IsSurnameAfterHonorific(in Token previous, in Token t) =>
        Roles.IsHonorific(previous.Text) && t.IsCap && !t.IsAcronym && t.Bare.All(char.IsLetter) && (Words.IsModal(t.Bare) || Words.IsMonth(t.Bare));

    /// <summary>A middle initial: "E" or "E." between a given name and a surname ("Derek E Mix").</summary>
    public static bool IsInitial(in Token t) => t.Bare.TrimEnd('.') is { Length: 1 } letter && char.IsUpper(letter[0]);

    /// <summary>"of", "for", "to" or "the": a word that links an office to its organisation or place.</summary>
    public static bool IsConnector(in Token t) => t.Text is "of" or "for" or "to" or "the";

    /// <summary>A word after which capitalised words continue an organisation or place rather than start a name.</summary>
    public static bool EndsOrganisation(in Token t) =>
        IsConnector(t) || OrganisationNames.IsCue(t.Text) || PlaceNames.IsCue(t.Text)
        || OrganisationNames.Canonical(t.Bare) is not null || PlaceNames.Canonical(t.Bare) is not null;

    /// <summary>
    /// The first of the last run of connectors in the tokens (first, last] ("of" in "Professor Michael Porter of Harvard
    /// Business School"), or -1 when there is none.
    /// </summary>
    public static int LastConnector(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (int i = last; i > first; i--)
            if (IsConnector(tokens[i]))
            {
                while (i > first && IsConnector(tokens[i - 1])) i--;
                return i;
            }
        return -1;
    }
}
