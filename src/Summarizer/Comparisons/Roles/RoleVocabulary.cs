using Summarizer.Facts.Lexicons;

namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The one vocabulary of offices the comparison of roles reads (<see cref="RoleCore"/>): spellings of one office word,
/// title nouns and the words that qualify them, ranks, and the words that say where, whose or of what standing rather
/// than which office (jurisdictions, parties, tenure).
/// </summary>
internal static class RoleVocabulary
{
    // Abbreviations and spellings that name the same office word everywhere.
    public static readonly Dictionary<string, string[]> Canonical = new(StringComparer.Ordinal)
    {
        ["pm"] = ["prime", "minister"], ["premier"] = ["prime", "minister"], ["fm"] = ["foreign", "minister"],
        ["vp"] = ["vice", "president"], ["defence"] = ["defense"], ["secretary"] = ["minister"],
        ["spokesman"] = ["spokesperson"], ["spokeswoman"] = ["spokesperson"], ["advisor"] = ["adviser"],
        ["chairwoman"] = ["chairman"], ["chair"] = ["chairman"], ["chairperson"] = ["chairman"],
        ["ministry"] = ["minister"], ["ministers"] = ["minister"], ["secretaries"] = ["minister"],
        ["labor"] = ["labour"], ["tory"] = ["conservative"], ["tories"] = ["conservative"], ["democrat"] = ["democratic"],
        ["democrats"] = ["democratic"], ["republicans"] = ["republican"],
    };

    // The title nouns: the office itself rather than its portfolio, rank or tenure. A role has one (or a civic office,
    // Offices) to be an office; a role that adds one to another's words names another office besides ("Vice President
    // and Defense Minister", "attorney of President Trump"), not that office told in more detail.
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "minister", "president", "chancellor", "spokesperson", "ambassador", "envoy", "commander", "chief", "general",
        "admiral", "chairman", "head", "leader", "director", "governor", "mayor", "senator", "king", "queen", "prince",
        "pope", "ceo", "founder", "fellow", "adviser", "counselor", "attorney", "judge", "prosecutor", "representative",
        "speaker", "officer", "captain", "colonel", "marshal", "lieutenant", "diplomat", "correspondent", "editor",
        "reporter", "economist", "professor", "analyst",
    };

    // The portfolio, rank and tenure words that tell offices apart beside a title (a portfolio word no list has counts
    // too: see RoleCore.Distinguishes).
    private static readonly string[] Qualifiers =
    [
        "prime", "vice", "deputy", "foreign", "defense", "interior", "home", "finance", "economy", "economic", "justice",
        "health", "education", "energy", "environment", "trade", "transport", "culture", "security", "intelligence",
        "special", "senior", "acting", "interim", "former", "first", "state", "affairs", "armed", "forces", "council",
        "national", "staff", "army", "navy", "air", "parliament", "cabinet", "military", "treasury",
    ];

    // General office vocabulary: the titles and their qualifiers.
    public static readonly HashSet<string> OfficeWords = new(Titles.Concat(Qualifiers), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (folded) is a title noun or a civic office (<see cref="Offices"/>).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word) || Offices.IsCivic(word);

    // Words for the level or area of government an office is in: they say where, as a place name does ("County
    // Sheriff" and "Sheriff", "city councillor" and "councillor"). Place-name cues ("county", "district") are read
    // from the place lexicon too.
    public static readonly HashSet<string> Jurisdictions = new(StringComparer.Ordinal)
    {
        "local", "regional", "federal", "municipal", "provincial", "metropolitan", "metro", "town", "borough", "parish",
        "village", "county", "city", "district", "statewide", "nationwide", "countywide", "citywide",
    };

    // Words of tenure, standing or praise ("President-elect" is the president's office), and those of an age written
    // apart ("24 year old"): two outlets may each add their own to one office ("veteran senator", "outgoing senator"). Not "former", "acting" or "interim", which are
    // office words and so compare as before.
    public static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "top", "veteran", "longtime", "longstanding", "current", "outgoing", "incoming", "retired", "retiring", "then",
        "newly", "elected", "sitting", "serving", "leading", "prominent", "influential", "respected", "famous",
        "well", "known", "renowned", "popular", "powerful", "embattled", "beleaguered", "controversial", "celebrated",
        "openly", "elect", "designate", "year", "old", "aged", "new",
        // Standing in parliament: the Labour leader in opposition is the opposition leader, and "party leader" the
        // leader; two standings still clash (Sides).
        "opposition", "party", "ruling", "governing",
    };

    // Standings in parliament, which no office word tells apart: "opposition leader" and "ruling party leader" cannot
    // both be one person's.
    public static readonly Dictionary<string, string> Sides = new(StringComparer.Ordinal)
    {
        ["opposition"] = "opposition", ["ruling"] = "government", ["governing"] = "government",
    };

    // Parties: a party beside an office says whose side holds it, not which office ("Democratic senator" and "senior
    // senator" may be one person's), unless the other role names another party ("Labour leader", "Conservative leader").
    public static readonly HashSet<string> Parties = new(StringComparer.Ordinal)
    {
        "labour", "conservative", "liberal", "democratic", "republican", "green", "socialist", "communist", "nationalist",
        "unionist", "libertarian", "gop",
    };

    // Words that make an office another one below it: a deputy mayor is not the mayor, an assistant chief constable not
    // the chief constable, a shadow home secretary not the home secretary. Not "acting", "interim" or "former":
    // outlets leave those out of the same office ("DHS Secretary" for the acting one, a past office recalled).
    public static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "deputy", "vice", "lieutenant", "assistant", "shadow" };
}
