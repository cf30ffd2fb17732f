using Summarizer.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>
/// Well-known organisations and news outlets (canonical name and aliases), and the words that make a
/// capitalised phrase an organisation ("... Institute", "... Ministry", "... Times").
/// </summary>
internal static class OrganisationNames
{
    private static readonly string[][] Known =
    [
        ["NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance"],
        ["United Nations", "UN", "U.N."], ["European Union", "EU", "E.U."], ["European Commission"],
        ["UN Security Council", "U.N. Security Council"], ["Kremlin"], ["White House"], ["Pentagon"],
        ["Downing Street"], ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"], ["State Department"],
        ["Congress"], ["Senate"], ["Bundestag"], ["State Duma", "Duma"], ["Verkhovna Rada", "Rada"],
        ["Reuters"], ["Bloomberg", "Bloomberg News", "Bloomberg L.P."], ["Associated Press", "AP"],
        ["Agence France-Presse", "AFP"], ["Tass", "TASS"], ["RIA Novosti"], ["Interfax"], ["Xinhua"],
        ["CNN"], ["BBC"], ["NPR"], ["Fox News"], ["NBC", "NBC News"], ["CBS", "CBS News"], ["ABC News"],
        ["Sky News"], ["Al Jazeera"], ["Politico"], ["Axios"], ["The Guardian", "Guardian"],
        ["The New York Times", "New York Times", "NYT"], ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
        ["The Washington Post", "Washington Post"], ["Financial Times", "FT"], ["The Economist", "Economist"],
        ["The Times", "Times of London", "The Times of London"], ["The Telegraph", "Telegraph"],
        ["Le Monde"], ["Le Figaro"], ["Der Spiegel", "Spiegel"], ["Ukrinform"], ["Kyiv Independent"],
        ["Ukrainska Pravda"], ["Kyodo"], ["Yonhap"], ["IMF", "International Monetary Fund"], ["World Bank"],
        ["WHO", "World Health Organization"], ["OPEC"], ["G7"], ["G20"], ["OSCE"], ["IAEA"], ["Red Cross"],
        ["Amnesty International"], ["Human Rights Watch"], ["Google"], ["Apple"], ["Microsoft"], ["Amazon"],
        ["Meta"], ["Tesla"], ["SpaceX"], ["Starlink"], ["Lockheed Martin"], ["Boeing"], ["Raytheon"],
        ["BAE Systems"], ["Airbus"], ["Thales"], ["Rheinmetall"], ["Leonardo"], ["Gazprom"], ["Rosneft"],
    ];

    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal)
    {
        "institute", "university", "council", "ministry", "agency", "forces", "army", "navy", "bank", "fund",
        "party", "parliament", "commission", "committee", "organization", "organisation", "association",
        "company", "corporation", "corp", "inc", "ltd", "group", "times", "journal", "post", "news", "press",
        "service", "department", "office", "court", "union", "alliance", "foundation", "center", "centre",
        "coalition", "network", "tribune", "herald", "gazette", "telegraph", "channel", "radio", "television",
        "guard", "police", "administration", "authority", "bureau", "assembly", "cabinet", "government",
        "headquarters", "media", "bloc", "federation", "reserve",
        // Bodies, and what they publish or award: never a person's surname. (Schools, hospitals and museums are buildings
        // to the place finder, "King's College"; a name ending in one is no person all the same, see NameEdges.)
        "trust", "society", "club", "magazine", "charity", "airlines", "airways", "prize", "awards", "festival", "orchestra",
    };

    private static readonly Dictionary<string, string> ByKey = Build();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByKeyLookup = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in Known)
            foreach (var name in names) map[TextFold.Fold(name)] = names[0];
        return map;
    }

    /// <summary>Longest alias length, in tokens.</summary>
    public const int MaxTokens = 5;

    /// <summary>The canonical name of a known organisation, or null. Short all-capital aliases must match case.</summary>
    public static string? Canonical(string phrase) => Canonical(phrase.AsSpan());

    /// <summary>As <see cref="Canonical(string)"/>, without allocating.</summary>
    public static string? Canonical(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length > 256) return null;
        Span<char> buffer = stackalloc char[phrase.Length];
        TextFold.FoldInto(phrase, buffer);
        ReadOnlySpan<char> key = buffer;
        if (key.StartsWith("the ") && !ByKeyLookup.ContainsKey(key)) key = key[4..];
        if (!ByKeyLookup.TryGetValue(key, out var name)) return null;
        // "who" or a sentence-initial "Who" is a pronoun, and lower-case words are never names.
        if (!HasUpper(phrase) || phrase is "Who") return null;
        return name;
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text) if (char.IsUpper(c)) return true;
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = CueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCue(string word) => TextFold.ContainsFolded(CueLookup, TextFold.StripPossessive(word.AsSpan()));
}
