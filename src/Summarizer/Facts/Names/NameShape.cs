using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.Names;

/// <summary>Decides whether a capitalised token can be part of a person's name.</summary>
internal static class NameShape
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "ibn", "dos", "das", "del",
    };

    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>
    /// A token that could be a given name or surname: capitalised, not an acronym, and not a known country,
    /// nationality, place, organisation cue, role word, month, weekday or function word.
    /// </summary>
    public static bool IsNameLike(in Token t) => t.IsNameLike;

    /// <summary>
    /// An office or role word written as the surname of the given name before it ("John Constable", "Elizabeth Warden",
    /// "Stephen King"): a title comes before a name ("Constable Smith"), so after a given name the word is the name.
    /// </summary>
    public static bool IsSurnameAfter(in Token previous, in Token t) =>
        t.IsCap && !t.IsAcronym && t.IsRoleWord && t.Bare.All(char.IsLetter)
        && previous.IsNameLike && !previous.IsPossessive && FirstNames.Contains(previous.Bare);

    /// <summary>The rule behind <see cref="IsNameLike"/>, evaluated once per token when it is made.</summary>
    internal static bool Compute(string text, string bare, bool isCap, bool isAcronym)
    {
        if (!isCap || isAcronym || text.Length < 2) return false;
        bool lower = false;
        foreach (char c in bare)
        {
            if (char.IsDigit(c)) return false;
            lower |= char.IsLower(c);
        }
        if (!lower) return false;
        return !Words.IsFunction(bare) && !Words.IsMonth(bare) && !Words.IsWeekday(bare)
            && !Countries.IsCountryOrNationality(bare) && PlaceNames.Canonical(bare) is null
            && !OrganisationNames.IsCue(bare) && OrganisationNames.Canonical(bare) is null
            && !Roles.IsRoleWord(bare) && !Roles.IsHonorific(bare) && !PlaceNames.IsCue(bare);
    }
}
