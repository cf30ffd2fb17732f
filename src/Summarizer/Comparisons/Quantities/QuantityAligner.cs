using Summarizer.Facts;
using Summarizer.Comparisons.Roles;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// Groups figures that count the same thing about the same subject. Two figures are linked when their units are
/// compatible and a rare word of the story occurs around both ("30 members of the alliance" and "a 35-nation
/// alliance"); sentence similarity is not used, because outlets phrase the same figure very differently.
/// Figures left without a partner in another article are then grouped by what they count alone, unless the unit
/// is a measure (percentages, money, time), where equal units say nothing about equal subjects. Figures with
/// different outcomes (<see cref="Outcome"/>: the killed, the injured) are never grouped, and figures with the same
/// outcome are linked by it.
/// </summary>
internal static class QuantityAligner
{
    /// <summary>A set of figures taken to be about one thing; <see cref="ByContext"/> is false when only the unit aligned them.</summary>
    public sealed record Group(IReadOnlyList<QuantityItem> Items, bool ByContext, IReadOnlyList<string> Keywords)
    {
        public int ArticleCount => Items.Select(i => i.Input).Distinct().Count();
    }

    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "percent", "usd", "eur", "gbp", "kilometre", "mile", "metre", "meter", "kilogram", "ton", "tonne",
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "point",
    };

    public static List<Group> Align(IReadOnlyList<QuantityItem> items, bool byUnitAlone = true)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int a = 0; a < items.Count; a++)
            for (int b = a + 1; b < items.Count; b++)
                if (Comparable(items[a], items[b]) && items[a].SharesContext(items[b]))
                    parent[Find(a)] = Find(b);

        var groups = new List<Group>();
        var loose = new List<QuantityItem>();
        foreach (var component in Enumerable.Range(0, items.Count).GroupBy(Find).Select(g => g.Select(i => items[i]).ToList()))
        {
            if (component.Select(i => i.Input).Distinct().Count() >= 2) groups.Add(new Group(component, true, SharedWords(component)));
            else loose.AddRange(component);
        }
        if (byUnitAlone) groups.AddRange(ByUnit(loose));
        return groups;
    }

    /// <summary>Loose figures of the same specific countable class from two or more articles; generic units join the one class they can stand for.</summary>
    private static IEnumerable<Group> ByUnit(List<QuantityItem> loose)
    {
        var specific = loose.Where(i => !UnitClass.IsGeneric(i.Class) && !Measures.Contains(i.Class) && i.Fact.Kind == QuantityKind.Count).ToList();
        var byClass = specific.GroupBy(i => (i.Class, i.Outcome)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var generic in loose.Where(i => UnitClass.IsGeneric(i.Class)))
        {
            var candidates = byClass.Keys.Where(c => UnitClass.Compatible(generic.Class, c.Class) && c.Outcome == generic.Outcome
                && byClass[c].Any(i => i.Input != generic.Input)).ToList();
            if (candidates.Count == 1) byClass[candidates[0]].Add(generic);
        }
        return byClass.Values
            .Where(members => members.Select(i => i.Input).Distinct().Count() >= 2)
            .Select(members => new Group(members.OrderBy(i => i.Input).ThenBy(i => i.Fact.Span.Start).ToList(), false, []));
    }

    /// <summary>
    /// Whether two figures can count the same thing: compatible units and the same outcome, or none for both
    /// ("12 people were killed" and "30 people were injured" do not; "employs 450 workers" and "12 workers were killed" do not);
    /// a figure counting part of a toll (<see cref="QuantityItem.Part"/>) meets only figures of its own noun.
    /// </summary>
    public static bool Comparable(QuantityItem a, QuantityItem b) =>
        UnitClass.Compatible(a.Class, b.Class) && a.Outcome == b.Outcome && (a.Class == b.Class || !(a.Part || b.Part));

    // The words that linked the group, most shared first: they tell an editor what the figures are about.
    private static List<string> SharedWords(List<QuantityItem> component) =>
        component.SelectMany(i => i.Context).GroupBy(kv => kv.Key)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3).Select(g => g.First().Value).ToList();
}
