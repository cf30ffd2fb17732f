using Summarizer.Verification.Lexicon;

namespace Summarizer.Facts.Names;

/// <summary>
/// What WordNet says of a capitalised word as a common noun: whether it is only the plural of one ("Wars", "Tunes",
/// "Pollsters": the written form is in no index, its singular is), and what kind of thing it names. Without WordNet
/// every answer is no.
/// </summary>
internal static class CommonNouns
{
    /// <summary>
    /// The singular of a regular plural of a common noun that WordNet does not have as written ("wars" → "war",
    /// "melodies" → "melody"); null for a word WordNet has as it is ("jones", "woods", "wells") or that is no plural.
    /// </summary>
    public static string? SingularOf(string folded)
    {
        if (WordNetLookup.Shared is not { } wordNet || folded.Length < 4 || !folded.EndsWith('s') || folded.EndsWith("ss", StringComparison.Ordinal)
            || !folded.All(char.IsLetter) || wordNet.AllSensesUnder(folded, "entity") is not null) return null;
        string[] candidates = folded.EndsWith("ies", StringComparison.Ordinal) ? [folded[..^3] + "y"]
            : folded.EndsWith("es", StringComparison.Ordinal) ? [folded[..^1], folded[..^2]]
            : [folded[..^1]];
        // A common noun: a name WordNet has only as an instance ("elli", a goddess) makes "Ellis" no plural.
        return candidates.FirstOrDefault(c => wordNet.IsKindOf(c, "entity", instances: false));
    }

    /// <summary>
    /// A plural of a common noun every sense of which is an abstraction, and mostly neither a property nor a possession
    /// (a tune, a war, a melody; not a height or an estate, "Crown Heights", "Golf Estates"): the end of a title, never
    /// of a name or a place.
    /// </summary>
    public static bool IsAbstractPlural(string folded) =>
        SingularOf(folded) is { } singular && WordNetLookup.Shared is { } wordNet && wordNet.AllSensesUnder(singular, "abstraction") == true
        && !wordNet.IsKindOf(singular, "attribute", instances: false) && !wordNet.IsKindOf(singular, "relation", instances: false);

    /// <summary>
    /// A noun naming mostly a thing made, a place, a body of people or a person ("zoo", "station", "examiner"): after a
    /// city's name it names an institution of the city, not a person ("Sydney Zoo"; "London Breed" is the mayor).
    /// </summary>
    public static bool NamesAnInstitution(string folded) =>
        WordNetLookup.Shared is { } wordNet && (wordNet.IsKindOf(folded, "artifact", instances: false) || wordNet.IsKindOf(folded, "location", instances: false)
            || wordNet.IsKindOf(folded, "social_group", instances: false) || wordNet.IsKindOf(folded, "person", instances: false));

    /// <summary>
    /// A word most senses of which, in some base form, WordNet has as a common noun rather than a named instance ("day",
    /// "labour", "bulls", "storm", "pepper"; not "smith", whose senses are mostly people of that name, nor "owen").
    /// </summary>
    public static bool IsCommonNoun(string folded) =>
        folded.Length > 0 && folded.All(char.IsLetter) && WordNetLookup.Shared is { } wordNet && wordNet.IsKindOf(folded, "entity", instances: false);
}
