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
    public static bool IsNameLike(in Token t)
    {
        if (!t.IsCap || t.IsAcronym || t.Text.Length < 2) return false;
        string bare = t.Bare;
        if (!bare.Any(char.IsLower) || bare.Any(char.IsDigit)) return false;
        return !Words.IsFunction(bare) && !Words.IsMonth(bare) && !Words.IsWeekday(bare)
            && !Countries.IsCountryOrNationality(bare) && PlaceNames.Canonical(bare) is null
            && !OrganisationNames.IsCue(bare) && OrganisationNames.Canonical(bare) is null
            && !Roles.IsRoleWord(bare) && !Roles.IsHonorific(bare) && !PlaceNames.IsCue(bare);
    }
}
