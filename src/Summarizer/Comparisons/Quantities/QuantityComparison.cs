using Summarizer.Comparisons;
using Summarizer.Comparisons.Roles;
namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// Figures across outlets: an aligned group whose figures from different articles cannot all be true at once
/// (disjoint <see cref="ValueRange"/>s) is a conflict; one whose figures agree is an agreement; figures no other
/// article aligns with are single-source claims, except that the same value of the same unit in two articles
/// still counts as agreement.
/// </summary>
internal static class QuantityComparison
{
    public static void Compare(IReadOnlyList<ComparisonInput> inputs, ComparisonOptions options,
        List<Agreement> agreements, List<Conflict> conflicts, List<SingleSourceClaim> single)
    {
        var items = QuantityItem.Collect(inputs, options);
        var groups = QuantityAligner.Align(items, options.AlignByUnitAlone);
        var grouped = new HashSet<QuantityItem>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            grouped.UnionWith(group.Items);
            var members = Distinct(group.Items);
            bool disagree = members.Any(a => members.Any(b => a.Input != b.Input && a.Range.DisjointFrom(b.Range)));
            if (disagree)
                conflicts.Add(new Conflict(FactKind.Quantity, Subject(group), members.Select(i => i.Position).ToList()));
            else
                agreements.Add(new Agreement(FactKind.Quantity, Statement(members[0], group), members.Select(i => i.Position).ToList()));
        }

        var rest = items.Where(i => !grouped.Contains(i)).ToList();
        foreach (var same in rest.GroupBy(i => (i.Class, i.Range)).Where(g => g.Select(i => i.Input).Distinct().Count() >= 2))
        {
            var members = Distinct(same.ToList());
            agreements.Add(new Agreement(FactKind.Quantity, members[0].Display, members.Select(i => i.Position).ToList()));
            foreach (var i in same) grouped.Add(i);
        }
        single.AddRange(Distinct(rest.Where(i => !grouped.Contains(i)).ToList())
            .Select(i => new SingleSourceClaim(FactKind.Quantity, Statement(i, null), i.Position)));
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

    private static string Statement(QuantityItem item, QuantityAligner.Group? group)
    {
        var words = group?.Keywords ?? item.Context.Values.Take(3).ToList();
        return words.Count == 0 ? item.Display : $"{item.Display} ({string.Join(", ", words)})";
    }
}
