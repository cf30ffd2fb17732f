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
    /// A token holding a seam: a capital after four or more letters of one word ("CountrySir", "TalibanPresident"; not
    /// "McDonald", "MacArthur", "DiCaprio", "Mealing-McLeod", "FitzGerald"), or a full stop between a lower-case letter and
    /// a capital ("Ltd.Mr").
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
                if (letters >= 4 && char.IsLower(bare[i - 1]) && !bare[(i - letters)..].StartsWith("Fitz", StringComparison.Ordinal)) return true;
            }
            letters = char.IsLetter(c) ? letters + 1 : 0;
        }
        return false;
    }

    /// <summary>
    /// A word that ends the name of a building, a street or an institution ("John Peter Smith Hospital", "George Street",
    /// "Park View School"), never a surname; words that are surnames too ("Hall", "Park", "Church") are not among them.
    /// </summary>
    public static bool EndsNonPerson(in Token t) => NonPersonHeads.Contains(t.Lower);

    private static readonly HashSet<string> NonPersonHeads = new(StringComparer.Ordinal)
    {
        "street", "road", "avenue", "boulevard", "terrace", "school", "academy", "college", "university", "hospital",
        "infirmary", "hotel", "museum", "gallery", "stadium", "airport", "station", "cathedral",
    };

    /// <summary>An inflected verb in headline capitals ("Obsessed", "Signed"), never a given name ("Ted", "Ahmed" are no inflections).</summary>
    public static bool IsTrailingVerb(in Token t) =>
        t.Lower.EndsWith("ed", StringComparison.Ordinal) && !FirstNames.Contains(t.Bare)
        && WordNetLookup.Shared?.IsInflectedVerb(t.Lower) == true;

    /// <summary>
    /// A common noun for a kind of person ("Actress", "Pensioner", "Briton", "Witness"): never a given name ("Guy"), a
    /// word WordNet knows mostly as a named person ("Franklin", "Arnold"), nor one that is also an adjective ("White",
    /// "Liberal"), which in capitals opens the name of a place or party as often.
    /// </summary>
    public static bool IsPersonNoun(in Token t) =>
        !FirstNames.Contains(t.Bare) && t.Bare.All(c => char.IsLetter(c) || c == '-')
        && WordNetLookup.Shared is { } wordNet && wordNet.IsKindOf(t.Lower, "person", instances: false) && !wordNet.IsAdjective(t.Lower);
}
