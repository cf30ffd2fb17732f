namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The country a role names, whatever the wording: "U.K.", "UK", "British", "Britain's" and "United Kingdom" are
/// one country, as are "U.S.", "US", "American" and "United States". A general table of country names and their
/// adjectives; a word it does not know says nothing (the role then names no country).
/// </summary>
internal static class RolePlace
{
    // Each country's key, then the tokens (dots already dropped, lower case) that name it.
    private static readonly (string Key, string[] Words)[] Countries =
    [
        ("gb", ["uk", "british", "britain", "britains"]), ("us", ["us", "usa", "american", "america", "americas"]),
        ("fr", ["french", "france", "frances"]), ("de", ["german", "germany", "germanys"]),
        ("it", ["italian", "italy", "italys"]), ("es", ["spanish", "spain", "spains"]),
        ("ru", ["russian", "russia", "russias"]),
        ("cn", ["chinese", "china", "chinas"]), ("jp", ["japanese", "japan", "japans"]),
        ("in", ["indian", "india", "indias"]), ("ca", ["canadian", "canada", "canadas"]),
        ("au", ["australian", "australia", "australias"]), ("ie", ["irish", "ireland", "irelands"]),
        ("pl", ["polish", "poland", "polands"]), ("nl", ["dutch", "netherlands"]), ("be", ["belgian", "belgium", "belgiums"]),
        ("il", ["israeli", "israel", "israels"]), ("ir", ["iranian", "iran", "irans"]), ("tr", ["turkish", "turkey", "turkeys", "turkiye"]),
        ("br", ["brazilian", "brazil", "brazils"]), ("mx", ["mexican", "mexico", "mexicos"]), ("kr", ["korean"]),
        ("se", ["swedish", "sweden", "swedens"]), ("no", ["norwegian", "norway", "norways"]), ("fi", ["finnish", "finland", "finlands"]),
        ("dk", ["danish", "denmark", "denmarks"]), ("at", ["austrian", "austria", "austrias"]), ("ch", ["swiss", "switzerland"]),
        ("hu", ["hungarian", "hungary", "hungarys"]), ("gr", ["greek", "greece", "greeces"]), ("pt", ["portuguese", "portugal", "portugals"]),
    ];

    // Two-word names: "United Kingdom", "United States", "South Korea".
    private static readonly (string First, string Second, string Key)[] Pairs =
    [
        ("united", "kingdom", "gb"), ("united", "kingdoms", "gb"), ("united", "states", "us"), ("south", "korea", "kr"), ("south", "koreas", "kr"),
        ("north", "korea", "kp"), ("north", "koreas", "kp"),
    ];

    private static readonly Dictionary<string, string> ByWord =
        Countries.SelectMany(c => c.Words.Select(w => (w, c.Key))).ToDictionary(x => x.w, x => x.Key, StringComparer.Ordinal);

    /// <summary>The country key of <paramref name="role"/> ("gb" for "Britain's Prime Minister"), null when it names none or several.</summary>
    public static string? Of(string role)
    {
        var tokens = TextKey.Tokens(role);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && Pairs.FirstOrDefault(p => p.First == tokens[i] && p.Second == tokens[i + 1]) is { Key: { } pair })
            {
                found.Add(pair);
                i++;
                continue;
            }
            // "Britain's" is tokenised as "britain" and "s".
            if (ByWord.TryGetValue(tokens[i], out var key)) found.Add(key);
        }
        return found.Count == 1 ? found.First() : null;
    }
}
