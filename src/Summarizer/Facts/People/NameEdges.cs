using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Facts.People;

/// <summary>
/// Capitalised words at the edges of a name that are not part of it, as scraped text and headline capitals leave them:
/// a seam where two texts were glued without a space, a verb after the name, a common noun for a person before it. The
/// two word tests ask WordNet (<see cref="WordNetLookup"/>); without it they answer no.
/// </summary>
internal static class NameEdges
{
    /// <summary>
    /// A token holding a seam where two texts were glued without a space: a capital after four or more letters of one
    /// word, where the part before or after the seam is an ordinary word ("CountrySir", "TalibanPresident",
    /// "LysaghtShutter", "LysaghtThe"; not "McDonald", "DiCaprio", "Mealing-McLeod", "VanderMeer"), or a full stop between a
    /// lower-case letter and a capital ("Ltd.Mr"). Without WordNet only the latter is seen.
    /// </summary>
    public static bool IsGlued(in Token t)
    {
        var bare = t.Bare;
        int letters = 0;
        for (int i = 0; i < bare.Length; i++)
        {
            char c = bare[i];
            if (char.IsUpper(c) && i > 0)
            {
                if (bare[i - 1] == '.' && i >= 2 && char.IsLower(bare[i - 2])) return true;
                if (letters >= 4 && char.IsLower(bare[i - 1]) && IsSeam(bare[(i - letters)..i], bare[i..])) return true;
            }
            letters = char.IsLetter(c) ? letters + 1 : 0;
        }
        return false;
    }

    private static bool IsSeam(string before, string after)
    {
        string next = new([.. after.TakeWhile(char.IsLetter)]);
        return Roles.IsRoleWord(next.ToLowerInvariant()) || Roles.IsHonorific(next) || Words.IsFunction(next)
            || WordNetLookup.Shared is { } wordNet && (wordNet.IsWord(before.ToLowerInvariant()) || wordNet.IsWord(next.ToLowerInvariant()));
    }

    /// <summary>
    /// A word that ends the name of a building, a street or an institution ("John Peter Smith Hospital", "Park View
    /// School", "Telford Road"), never a surname; a word that is a surname too ("Street", "College", "Gallery") ends no
    /// person's name only when the word before it is no given name ("George Street" is a street; "Andy Street" a mayor).
    /// "Hall", "Park" and "Church" are surnames far more often, and are left alone.
    /// </summary>
    public static bool EndsNonPerson(in Token previous, in Token t) =>
        NonPersonHeads.Contains(t.Lower) || (SurnameHeads.Contains(t.Lower) && !FirstNames.Contains(previous.Bare));

    private static readonly HashSet<string> NonPersonHeads = new(StringComparer.Ordinal)
    {
        "road", "avenue", "boulevard", "terrace", "school", "academy", "university", "hospital", "infirmary", "hotel",
        "museum", "stadium", "airport", "cathedral",
    };

    /// <summary>"Street", "College", "Gallery", "Station": a surname as often as the end of a place's name.</summary>
    public static bool EndsInSurnameHead(in Token t) => SurnameHeads.Contains(t.Lower);

    private static readonly HashSet<string> SurnameHeads = new(StringComparer.Ordinal) { "street", "college", "gallery", "station" };

    /// <summary>
    /// A participle in capitals after a name ("Obsessed", "Signed"): an inflected verb WordNet also has as an adjective in
    /// that very form, never a given name. Names that only look inflected ("Sayed", "Hamed") are in no index as they are.
    /// </summary>
    public static bool IsTrailingVerb(in Token t) =>
        t.Lower.EndsWith("ed", StringComparison.Ordinal) && !FirstNames.Contains(t.Bare)
        && WordNetLookup.Shared is { } wordNet && wordNet.IsInflectedVerb(t.Lower) && wordNet.IsAdjectiveAsWritten(t.Lower);

    /// <summary>
    /// A common noun for a kind of person ("Actress", "Pensioner", "Briton", "Witness"): never a given name ("Guy"), a
    /// word WordNet knows mostly as a named person ("Franklin", "Arnold"), nor one that is also an adjective ("White",
    /// "Liberal"), which in capitals opens the name of a place or party as often.
    /// </summary>
    public static bool IsPersonNoun(in Token t) =>
        !FirstNames.Contains(t.Bare) && t.Bare.All(c => char.IsLetter(c) || c == '-')
        && WordNetLookup.Shared is { } wordNet && wordNet.IsKindOf(t.Lower, "person", instances: false) && !wordNet.IsAdjective(t.Lower);
}
