using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// Figures across outlets. In a group of figures aligned as counting the same thing (<see cref="QuantityAligner"/>),
/// two figures of different articles conflict when they cannot both be true (disjoint <see cref="ValueRange"/>s) and
/// may be about the same occasion (<see cref="Occasion"/>). Figures agree only when they state the same value the
/// same way: overlapping ranges are not agreement ("at least 200,000" and "100,000 to 150,000" do not agree with
/// "thousands"), and a vague amount never agrees with a precise figure. An agreement is named after what all its
/// figures state. Figures that neither agree nor conflict with another article's are single-source claims.
/// </summary>
internal static class QuantityComparison
{
    public static void Compare(IReadOnlyList<ComparisonInput> inputs, ComparisonOptions options,
        List<Agreement> agreements, List<Conflict> conflicts, List<SingleSourceClaim> single)
    {
        var items = QuantityItem.Collect(inputs, options);
        var settled = new HashSet<QuantityItem>(ReferenceEqualityComparer.Instance);
        foreach (var group in QuantityAligner.Align(items, options.AlignByUnitAlone))
        {
            var members = Distinct(group.Items);
            var clashing = members.Where(a => members.Any(b => Clash(a, b))).ToList();
            if (clashing.Count > 0)
            {
                conflicts.Add(new Conflict(FactKind.Quantity, Subject(group), members.Select(i => i.Position).ToList()));
                settled.UnionWith(group.Items);
            }
            foreach (var same in SameValue(members))
            {
                agreements.Add(new Agreement(FactKind.Quantity, Statement(same), same.Select(i => i.Position).ToList()));
                settled.UnionWith(group.Items.Where(i => same.Any(s => s.Range.SameAs(i.Range) && s.Input == i.Input)));
            }
        }

        // Figures no context aligned still agree when two articles give the same precise value of the same unit.
        var rest = items.Where(i => !settled.Contains(i)).ToList();
        foreach (var same in SameValue(Distinct(rest)).Where(s => s.All(i => i.Class == s[0].Class)))
        {
            agreements.Add(new Agreement(FactKind.Quantity, same[0].Display, same.Select(i => i.Position).ToList()));
            settled.UnionWith(rest.Where(i => same.Any(s => s.Range.SameAs(i.Range) && s.Input == i.Input && s.Class == i.Class)));
        }
        single.AddRange(Distinct(rest.Where(i => !settled.Contains(i)).ToList())
            .Select(i => new SingleSourceClaim(FactKind.Quantity, Statement([i]), i.Position)));
    }

    // Two figures of different articles that cannot both be true of the same occasion.
    private static bool Clash(QuantityItem a, QuantityItem b) =>
        a.Input != b.Input && a.Range.DisjointFrom(b.Range) && Occasion.Compatible(a.Occasion, b.Occasion);

    /// <summary>Sets of precise figures giving the same value, from two or more articles, of the same occasion.</summary>
    private static IEnumerable<List<QuantityItem>> SameValue(List<QuantityItem> members)
    {
        var left = members.Where(i => !i.Vague).ToList();
        while (left.Count > 0)
        {
            var first = left[0];
            var same = left.Where(i => i.Range.SameAs(first.Range) && Occasion.Compatible(i.Occasion, first.Occasion)).ToList();
            left.RemoveAll(same.Contains);
            if (same.Select(i => i.Input).Distinct().Count() >= 2) yield return same;
        }
    }

    // An article repeating a figure in another sentence is not another position.
    private static List<QuantityItem> Distinct(IReadOnlyList<QuantityItem> items) =>
        items.GroupBy(i => (i.Input, i.Range, i.Position.SentenceId)).Select(g => g.First())
            .OrderBy(i => i.Input).ThenBy(i => i.Fact.Span.Start).ToList();

    private static string Subject(QuantityAligner.Group group)
    {
        string what = group.Items.Select(i => i.Class).FirstOrDefault(c => !UnitClass.IsGeneric(c)) ?? group.Items[0].Class;
        return group.ByContext
            ? $"number of {what} ({string.Join(", ", group.Keywords)})"
            : $"number of {what} (aligned by unit only)";
    }

    // Named after what every figure of the set states: the value, and the words found around all of them.
    private static string Statement(IReadOnlyList<QuantityItem> same)
    {
        var words = same[0].Context.Where(kv => same.All(i => i.Context.ContainsKey(kv.Key))).Select(kv => kv.Value).Take(3).ToList();
        return words.Count == 0 ? same[0].Display : $"{same[0].Display} ({string.Join(", ", words)})";
    }
}
