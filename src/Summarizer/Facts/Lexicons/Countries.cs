namespace Summarizer.Facts.Lexicons;

/// <summary>
/// Countries with their common short forms, and the nationality adjectives that point at them. A general list,
/// folded to lower case; aliases map to one canonical name so "UK", "U.K." and "Britain" are one place.
/// </summary>
internal static class Countries
{
    private static readonly string[] Names =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina", "Brazil",
        "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus",
        "Czech Republic", "Czechia", "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland", "France",
        "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia",
        "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia",
        "Montenegro", "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nigeria", "North Korea",
        "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Peru", "Philippines", "Poland",
        "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia", "Serbia", "Singapore", "Slovakia", "Slovenia",
        "Somalia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria",
        "Taiwan", "Thailand", "Tunisia", "Turkey", "Türkiye", "Ukraine", "United Arab Emirates", "United Kingdom",
        "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zimbabwe",
    ];

    private static readonly (string Alias, string Canonical)[] Aliases =
    [
        ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"), ("US", "United States"), ("U.S.", "United States"),
        ("USA", "United States"), ("U.S.A.", "United States"), ("America", "United States"),
        ("United States of America", "United States"), ("UAE", "United Arab Emirates"), ("Holland", "Netherlands"),
        ("the Netherlands", "Netherlands"), ("Türkiye", "Turkey"), ("Czechia", "Czech Republic"),
        ("Russian Federation", "Russia"), ("PRC", "China"), ("DPRK", "North Korea"),
    ];

    private static readonly (string Adjective, string Country)[] Nationalities =
    [
        ("Afghan", "Afghanistan"), ("Albanian", "Albania"), ("Algerian", "Algeria"), ("American", "United States"),
        ("Argentine", "Argentina"), ("Armenian", "Armenia"), ("Australian", "Australia"), ("Austrian", "Austria"),
        ("Belarusian", "Belarus"), ("Belgian", "Belgium"), ("Brazilian", "Brazil"), ("British", "United Kingdom"),
        ("Bulgarian", "Bulgaria"), ("Canadian", "Canada"), ("Chinese", "China"), ("Croatian", "Croatia"),
        ("Czech", "Czech Republic"), ("Danish", "Denmark"), ("Dutch", "Netherlands"), ("Egyptian", "Egypt"),
        ("English", "United Kingdom"), ("Estonian", "Estonia"), ("Finnish", "Finland"), ("French", "France"),
        ("Georgian", "Georgia"), ("German", "Germany"), ("Greek", "Greece"), ("Hungarian", "Hungary"),
        ("Indian", "India"), ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Irish", "Ireland"), ("Israeli", "Israel"),
        ("Italian", "Italy"), ("Japanese", "Japan"), ("Korean", "South Korea"), ("Latvian", "Latvia"),
        ("Lithuanian", "Lithuania"), ("Mexican", "Mexico"), ("Moldovan", "Moldova"), ("Norwegian", "Norway"),
        ("Pakistani", "Pakistan"), ("Palestinian", "Palestine"), ("Polish", "Poland"), ("Portuguese", "Portugal"),
        ("Romanian", "Romania"), ("Russian", "Russia"), ("Saudi", "Saudi Arabia"), ("Scottish", "United Kingdom"),
        ("Serbian", "Serbia"), ("Slovak", "Slovakia"), ("Slovenian", "Slovenia"), ("Spanish", "Spain"),
        ("Swedish", "Sweden"), ("Swiss", "Switzerland"), ("Syrian", "Syria"), ("Turkish", "Turkey"),
        ("Ukrainian", "Ukraine"), ("Welsh", "United Kingdom"), ("European", "Europe"), ("Western", "West"),
        ("Soviet", "Russia"), ("Franco-British", "France"), ("Anglo-French", "France"),
    ];

    private static readonly Dictionary<string, string> CountryByKey = Build();
    private static readonly Dictionary<string, string> CountryByAdjective =
        Nationalities.ToDictionary(n => Text.TextFold.Fold(n.Adjective), n => n.Country, StringComparer.Ordinal);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = CountryByKey.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup = CountryByAdjective.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names) map[Text.TextFold.Fold(name)] = name;
        foreach (var (alias, canonical) in Aliases) map[Text.TextFold.Fold(alias)] = canonical;
        return map;
    }

    /// <summary>The canonical country for a name or alias ("U.K." → "United Kingdom"), or null.</summary>
    public static string? Canonical(string name) => Canonical(name.AsSpan());

    /// <summary>As <see cref="Canonical(string)"/>, without allocating.</summary>
    public static string? Canonical(ReadOnlySpan<char> name)
    {
        // "US" in capitals is the country; "us" is a pronoun.
        if (name is "us" or "Us") return null;
        return Text.TextFold.GetFolded(CountryLookup, name);
    }

    /// <summary>The country a nationality adjective points at ("French" → "France"), or null.</summary>
    public static string? OfNationality(string adjective) => Text.TextFold.GetFolded(AdjectiveLookup, adjective);

    public static bool IsCountryOrNationality(string word) => Canonical(word) is not null || OfNationality(word) is not null;
}
