using Summarizer.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>Cities, capitals and regions that news copy names without a cue, plus the words that make a phrase a place.</summary>
internal static class PlaceNames
{
    private static readonly string[] Known =
    [
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East", "Balkans",
        "Scandinavia", "Baltics", "Caucasus", "Central Asia", "Arctic", "Antarctica", "Pacific", "Atlantic",
        "Mediterranean", "Black Sea", "Baltic Sea", "Red Sea", "Crimea", "Donbas", "Donbass", "Gaza", "West Bank",
        "Kashmir", "Siberia", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv", "Mariupol", "Kherson",
        "Zaporizhzhia", "Donetsk", "Luhansk", "Moscow", "St Petersburg", "Washington", "New York", "Los Angeles",
        "Chicago", "San Francisco", "London", "Paris", "Berlin", "Brussels", "Rome", "Madrid", "Lisbon", "Vienna",
        "Warsaw", "Prague", "Budapest", "Bucharest", "Sofia", "Athens", "Ankara", "Istanbul", "Stockholm", "Oslo",
        "Helsinki", "Copenhagen", "Amsterdam", "The Hague", "Dublin", "Edinburgh", "Geneva", "Zurich", "Bern",
        "Vilnius", "Riga", "Tallinn", "Minsk", "Chisinau", "Tbilisi", "Beijing", "Shanghai", "Hong Kong", "Tokyo",
        "Seoul", "Pyongyang", "New Delhi", "Delhi", "Mumbai", "Islamabad", "Kabul", "Tehran", "Baghdad",
        "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Cairo", "Riyadh", "Doha", "Dubai", "Abu Dhabi",
        "Canberra", "Sydney", "Ottawa", "Toronto", "Mexico City", "Brasilia", "Buenos Aires", "Nairobi",
        "Johannesburg", "Lagos", "Munich", "Hamburg", "Milan", "Barcelona", "Davos", "Camp David",
    ];

    /// <summary>Final words that make a capitalised phrase a place ("Black Sea", "Donetsk Oblast").</summary>
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "sea", "ocean", "river", "mountains", "region", "strait", "gulf", "bay", "lake", "island", "islands",
        "peninsula", "valley", "province", "oblast", "county", "city", "district", "desert", "coast",
    };

    private static readonly Dictionary<string, string> ByKey = Known.ToDictionary(n => TextFold.Fold(n), n => n, StringComparer.Ordinal);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByKeyLookup = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest phrase length in <see cref="Known"/> or <see cref="Countries"/>, in tokens.</summary>
    public const int MaxTokens = 4;

    /// <summary>The canonical place (a country, city or region) for a phrase, or null.</summary>
    public static string? Canonical(string phrase) => Canonical(phrase.AsSpan());

    /// <summary>As <see cref="Canonical(string)"/>, without allocating.</summary>
    public static string? Canonical(ReadOnlySpan<char> phrase)
    {
        if (Countries.Canonical(phrase) is { } country) return country;
        if (phrase.Length > 256) return null; // no known place is that long
        Span<char> key = stackalloc char[phrase.Length];
        TextFold.FoldInto(phrase, key);
        ReadOnlySpan<char> lookup = key switch
        {
            "kiev" => "kyiv",
            "odessa" => "odesa",
            "donbass" => "donbas",
            _ => key,
        };
        return ByKeyLookup.TryGetValue(lookup, out var name) ? name : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCue(string word) => TextFold.ContainsFolded(CueLookup, word);

    // Buildings and grounds named after a saint or a person: "St Mary's Hospital", "King's College".
    private static readonly HashSet<string> Venues = new(StringComparer.Ordinal)
    {
        "hospital", "infirmary", "school", "college", "university", "academy", "church", "cathedral", "chapel", "abbey",
        "park", "square", "street", "road", "palace", "castle", "stadium", "ground", "station", "airport", "bridge", "hall",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueLookup = Venues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word naming a building or ground, which a possessive name can stand before ("St Mary's Hospital").</summary>
    public static bool IsVenue(string word) => TextFold.ContainsFolded(VenueLookup, word);
}
