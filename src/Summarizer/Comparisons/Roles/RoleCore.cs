using Summarizer.Facts.Lexicons;
using static Summarizer.Comparisons.Roles.RoleVocabulary;

namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The words that tell one office from another, so that "British Prime Minister", "U.K. Prime Minister" and "PM"
/// compare equal while "Prime Minister" and "Defense Secretary", or "Fire chief" and "Police chief", do not. A role
/// names an office when it has a word of a general vocabulary of office titles (<see cref="RoleVocabulary.OfficeWords"/>; the offices
/// of local government, policing and the courts, <see cref="Offices"/>: sheriff, coroner, marshal, mayor …, are office
/// words too); its other words then count as well, whether or not a list knows them ("fire", "police", "transport",
/// "cybersecurity"), except the words that say where or whose rather than which office (<see cref="Distinguishes"/>:
/// countries, nationalities, places and words for a jurisdiction such as "county", names of clubs, states or
/// constituencies, initials of parties and bodies, function words, ages, and words of tenure such as "veteran"; and
/// whose office it is, "President Donald Trump's trade adviser"); a role relating its holder to another office, "aide to
/// the president", is no office of its own.
/// </summary>
internal static partial class RoleCore
{
    /// <summary>
    /// Two roles conflict when both name an office and neither contains the other: "Minister" and "Defense Minister"
    /// may be the same office told with less detail, "Prime Minister" and "Defense Minister" cannot, nor "Fire chief"
    /// and "Police chief". A rank word one has and the other lacks is never detail left out: "Mayor" and "Deputy
    /// Mayor", "Governor" and "Lieutenant Governor", "Chief Constable" and "Assistant Chief Constable" conflict. A
    /// party is compared only with a party: "Labour leader" and "Conservative leader" conflict, "Democratic senator"
    /// and "senior senator" do not.
    /// </summary>
    public static bool Conflicts(SortedSet<string> a, SortedSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (Ranks.Any(r => a.Contains(r) != b.Contains(r))) return true;
        var (pa, pb) = (a.Where(Parties.Contains).ToList(), b.Where(Parties.Contains).ToList());
        if (pa.Count > 0 && pb.Count > 0 && !pa.Intersect(pb).Any()) return true;
        var (oa, ob) = (a.Where(w => !Parties.Contains(w)).ToHashSet(), b.Where(w => !Parties.Contains(w)).ToHashSet());
        return !oa.IsSubsetOf(ob) && !ob.IsSubsetOf(oa);
    }

    /// <summary>A stable text key for a core, to group roles stated alike.</summary>
    public static string Key(SortedSet<string> core) => string.Join(' ', core);

    /// <summary>
    /// Whether two roles cannot both be one person's: their offices conflict (<see cref="Conflicts(SortedSet{string}, SortedSet{string})"/>),
    /// they name different countries ("British Prime Minister", "Irish Prime Minister"), or different standings
    /// ("opposition leader", "ruling party leader"; "Labour leader" and "opposition leader" may be one).
    /// </summary>
    public static bool Conflicts(string a, string b) =>
        Conflicts(Of(a), Of(b)) || (RolePlace.Of(a) is { } ca && RolePlace.Of(b) is { } cb && ca != cb)
        || (Side(a) is { } sa && Side(b) is { } sb && sa != sb);

    private static string? Side(string role) =>
        role.Split(' ', '-').Select(w => Sides.GetValueOrDefault(w.ToLowerInvariant())).FirstOrDefault(s => s is not null);
}
