using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Facts.Lexicons;
namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The office words of a role, so that "British Prime Minister", "U.K. Prime Minister" and "PM" compare equal
/// while "Prime Minister" and "Defense Secretary" do not. Words outside a general vocabulary of office titles
/// (nationalities, country names, party names) are dropped: they say where, not which office. The offices of local
/// government, policing and the courts (<see cref="Offices"/>: sheriff, coroner, marshal, mayor …) are office words too.
/// </summary>
internal static class RoleCore
{
    // Abbreviations and spellings that name the same office word everywhere.
    private static readonly Dictionary<string, string[]> Canonical = new(StringComparer.Ordinal)
    {
        ["pm"] = ["prime", "minister"], ["premier"] = ["prime", "minister"], ["fm"] = ["foreign", "minister"],
        ["vp"] = ["vice", "president"], ["defence"] = ["defense"], ["secretary"] = ["minister"],
        ["spokesman"] = ["spokesperson"], ["spokeswoman"] = ["spokesperson"], ["advisor"] = ["adviser"],
        ["chairwoman"] = ["chairman"], ["chair"] = ["chairman"], ["chairperson"] = ["chairman"],
        ["ministry"] = ["minister"], ["ministers"] = ["minister"], ["secretaries"] = ["minister"],
    };

    // General office vocabulary: title nouns and the portfolio and rank words that tell offices apart.
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "minister", "president", "chancellor", "spokesperson", "ambassador", "envoy", "commander", "chief", "general",
        "admiral", "chairman", "head", "leader", "director", "governor", "mayor", "senator", "king", "queen", "prince",
        "pope", "ceo", "founder", "fellow", "adviser", "counselor", "attorney", "judge", "prosecutor", "representative",
        "speaker", "officer", "captain", "colonel", "marshal", "lieutenant", "diplomat", "correspondent", "editor",
        "reporter", "economist", "professor", "analyst", "prime", "vice", "deputy", "foreign", "defense", "interior",
        "home", "finance", "economy", "economic", "justice", "health", "education", "energy", "environment", "trade",
        "transport", "culture", "security", "intelligence", "special", "senior", "acting", "interim", "former",
        "first", "state", "affairs", "armed", "forces", "council", "national", "staff", "army", "navy", "air",
        "secretary-general", "opposition", "party", "parliament", "cabinet", "military", "treasury",
    };

    /// <summary>The office words of <paramref name="role"/>, empty when it names no office this vocabulary knows.</summary>
    public static SortedSet<string> Of(string role)
    {
        var core = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string token in TextKey.Tokens(role))
        {
            foreach (string word in Canonical.TryGetValue(token, out var mapped) ? mapped : [token])
                if (OfficeWords.Contains(word) || Offices.IsCivic(word)) core.Add(word);
        }
        return core;
    }

    // Words that make an office another one below it: a deputy mayor is not the mayor. Not "acting", "interim" or
    // "former": outlets leave those out of the same office ("DHS Secretary" for the acting one, a past office recalled).
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "deputy", "vice", "lieutenant" };

    /// <summary>
    /// Two roles conflict when both name an office and neither contains the other: "Minister" and "Defense Minister"
    /// may be the same office told with less detail, "Prime Minister" and "Defense Minister" cannot. A rank word one
    /// has and the other lacks is never detail left out: "Mayor" and "Deputy Mayor", "Governor" and "Lieutenant
    /// Governor" conflict.
    /// </summary>
    public static bool Conflicts(SortedSet<string> a, SortedSet<string> b) =>
        a.Count > 0 && b.Count > 0 && ((!a.IsSubsetOf(b) && !b.IsSubsetOf(a)) || Ranks.Any(r => a.Contains(r) != b.Contains(r)));

    /// <summary>A stable text key for a core, to group roles stated alike.</summary>
    public static string Key(SortedSet<string> core) => string.Join(' ', core);

    /// <summary>
    /// Whether two roles cannot both be one person's: their offices conflict (<see cref="Conflicts(SortedSet{string}, SortedSet{string})"/>)
    /// or they name different countries ("British Prime Minister", "Irish Prime Minister").
    /// </summary>
    public static bool Conflicts(string a, string b) =>
        Conflicts(Of(a), Of(b)) || (RolePlace.Of(a) is { } ca && RolePlace.Of(b) is { } cb && ca != cb);

    /// <summary>
    /// The roles of one person grouped by the office they name, however worded: the office words and the country
    /// ("British PM", "U.K. Prime Minister", "Britain's prime minister" are one group). A role that names no
    /// country joins the one group of its office that does, when there is exactly one. Roles naming no office are left out.
    /// </summary>
    public static Dictionary<string, string> GroupKeys(IEnumerable<string> roles)
    {
        var distinct = roles.Distinct(StringComparer.Ordinal).Where(r => Of(r).Count > 0).ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string role in distinct) keys[role] = Key(Of(role)) + "|" + RolePlace.Of(role);
        foreach (string role in distinct.Where(r => RolePlace.Of(r) is null))
        {
            string office = Key(Of(role));
            var placed = keys.Values.Where(k => k.StartsWith(office + "|", StringComparison.Ordinal) && !k.EndsWith('|')).Distinct().ToList();
            if (placed.Count == 1) keys[role] = placed[0];
        }
        return keys;
    }
}
