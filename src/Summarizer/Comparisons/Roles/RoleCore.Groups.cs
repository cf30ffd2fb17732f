using static Summarizer.Comparisons.Roles.RoleVocabulary;

namespace Summarizer.Comparisons.Roles;

// Grouping one person's roles by the office they name (RoleCore.GroupKeys).
internal static partial class RoleCore
{
    /// <summary>
    /// The roles of one person grouped by the office they name, however worded: the office words and the country
    /// ("British PM", "U.K. Prime Minister", "Britain's prime minister" are one group). A role that names no
    /// country joins the one group of its office that does, when there is exactly one. A role telling less of its office
    /// joins the group that tells more, when every group telling more is that one told with still more ("Speaker" and
    /// "Minority Leader" join "House Speaker" and "House Minority Leader", "Senator" joins "Republican Senator"; not when
    /// a rank word tells them apart, "Mayor" and "Deputy Mayor", when the fuller one adds a title and so names another
    /// office too, "Vice President" and "Vice President and Defense Minister", nor when two offices could be meant,
    /// "chief" beside "Fire chief" and "Police chief"). Roles naming no office are left out.
    /// </summary>
    public static Dictionary<string, string> GroupKeys(IEnumerable<string> roles)
    {
        var distinct = roles.Distinct(StringComparer.Ordinal).Where(r => Of(r).Count > 0).ToList();
        var cores = distinct.ToDictionary(r => r, Of, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        // A standing ("opposition leader", "ruling party leader") is part of the office's key: two standings never group.
        string Office(string role) => Key(cores[role]) + (Side(role) is { } side ? " @" + side : "");
        foreach (string role in distinct) keys[role] = Office(role) + "|" + RolePlace.Of(role);
        foreach (string role in distinct.Where(r => RolePlace.Of(r) is null))
        {
            string office = Key(cores[role]);
            var placed = keys.Values.Where(k => k.StartsWith(office + "|", StringComparison.Ordinal) && !k.EndsWith('|')).Distinct().ToList();
            if (placed.Count == 1) keys[role] = placed[0];
        }
        // A role that names no standing joins the one group of its office that does, as with places.
        foreach (string role in distinct.Where(r => Side(r) is null))
        {
            string place = keys[role][keys[role].IndexOf('|')..];
            var sided = keys.Values.Where(k => k.StartsWith(Key(cores[role]) + " @", StringComparison.Ordinal) && k.EndsWith(place, StringComparison.Ordinal)).Distinct().ToList();
            if (sided.Count == 1) keys[role] = sided[0];
        }
        // Each group by its office's words and place, as the roles above were keyed; then the less detailed join.
        var groups = distinct.GroupBy(r => keys[r], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Core: cores[g.First()], Place: g.Key[(g.Key.IndexOf('|') + 1)..]), StringComparer.Ordinal);
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (core, place)) in groups)
        {
            var fuller = groups.Where(g => g.Key != key && core.IsProperSubsetOf(g.Value.Core) && !Conflicts(core, g.Value.Core)
                && !g.Value.Core.Except(core).Any(w => IsTitle(w))
                && (place.Length == 0 || place == g.Value.Place)).ToList();
            if (fuller.Count == 0) continue;
            var fullest = fuller.MaxBy(g => g.Value.Core.Count);
            if (fuller.All(g => g.Value.Core.IsSubsetOf(fullest.Value.Core) && (g.Value.Place == fullest.Value.Place || g.Value.Place.Length == 0)))
                joined[key] = fullest.Key;
        }
        foreach (string role in distinct)
            if (joined.TryGetValue(keys[role], out var fuller)) keys[role] = fuller;
        return keys;
    }
}
