using Summarizer.Comparisons;
using Summarizer.Text;
namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// Figures across outlets. In a group of figures aligned as counting the same thing (<see cref="QuantityAligner"/>),
/// two figures of different articles conflict when they cannot both be true (disjoint <see cref="ValueRange"/>s) and
/// may be about the same occasion (<see cref="Occasion"/>). Figures agree only when they state the same value the
/// same way: overlapping ranges are not agreement ("at least 200,000" and "100,000 to 150,000" do not agree with
/// "thousands"), and a vague amount never agrees with a precise figure. An agreement is named after what all its
/// figures state. Figures that neither agree nor conflict with another article's are single-source claims. A
/// conflict lists only the figures outlets disagree on (<see cref="Conflicting"/>).
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
            var conflict = Conflicting(members, group.ByContext);
            if (conflict.Count > 0)
            {
                conflicts.Add(new Conflict(FactKind.Quantity, Subject(group), conflict.Select(i => i.Position).ToList()));
                // The group's other figures stay claims of their own: agreed, or one outlet's.
                settled.UnionWith(group.Items.Where(i => conflict.Any(c => c.Input == i.Input && c.Range.SameAs(i.Range))));
            }
            foreach (var same in SameValue(members))
            {
                agreements.Add(new Agreement(FactKind.Quantity, Statement(same), same.Select(i => i.Position).ToList()));
                settled.UnionWith(group.Items.Where(i => same.Any(s => s.Range.SameAs(i.Range) && s.Input == i.Input)));
            }
        }

        // Figures no context aligned still agree when two articles give the same precise value of the same unit, as written.
        var rest = items.Where(i => !settled.Contains(i)).ToList();
        foreach (var same in SameValue(Distinct(rest)).Where(s => s.All(i => i.Noun == s[0].Noun && i.Outcome == s[0].Outcome)))
        {
            agreements.Add(new Agreement(FactKind.Quantity, same[0].Display, same.Select(i => i.Position).ToList()));
            settled.UnionWith(rest.Where(i => same.Any(s => s.Range.SameAs(i.Range) && s.Input == i.Input && s.Noun == i.Noun && s.Outcome == i.Outcome)));
        }
        single.AddRange(Distinct(rest.Where(i => !settled.Contains(i)).ToList())
            .Select(i => new SingleSourceClaim(FactKind.Quantity, Statement([i]), i.Position)));
    }

    /// <summary>
    /// The figures of a group that outlets disagree on, one per outlet and value, or none. An outlet giving two
    /// values of the group that cannot both be true counts two different things ("200,000 needed", "100,000
    /// would do"), so none of its figures is its position on what the others count. Of the rest, a figure is in
    /// the conflict when it clashes with another outlet's, or states the value of one that does.
    /// </summary>
    private static List<QuantityItem> Conflicting(List<QuantityItem> members, bool byContext)
    {
        var own = members.Where(a => !members.Any(b => a.Input == b.Input && Incompatible(a, b))).ToList();
        var clashing = own.Where(a => own.Any(b => a.Input != b.Input && Incompatible(a, b) && (!byContext || Linked(a, b)))).ToList();
        if (clashing.Count == 0) return [];
        return own.Where(i => clashing.Any(c => c.Range.SameAs(i.Range)))
            .GroupBy(i => (i.Input, i.Range)).Select(g => g.First()).ToList();
    }

    // Two figures that cannot both be true of the same occasion.
    private static bool Incompatible(QuantityItem a, QuantityItem b) =>
        a.Range.DisjointFrom(b.Range) && Occasion.Compatible(a.Occasion, b.Occasion);

    // Figures grouped by their context disagree only where their own sentences share a word about whom, not
    // where a third figure links them ("12 pledged for the dam" and "40 in the fishing alliance" through "dozens
    // back the dam and the fishing alliance").
    private static bool Linked(QuantityItem a, QuantityItem b) => a.SharesContext(b);

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

    // Plain words: "number of countries"; a group only the unit aligned says so, for the editor to check.
    private static string Subject(QuantityAligner.Group group)
    {
        string what = group.Items.Select(i => i.Class).FirstOrDefault(c => !UnitClass.IsGeneric(c)) ?? group.Items[0].Class;
        string described = UnitClass.Describe(what) + Outcome.Describe(group.Items[0].Outcome);
        return group.ByContext ? described : $"{described}, matched by unit only";
    }

    // Named in the words of one outlet's sentence (FigurePhrase), the wording whose words the other outlets' sentences
    // also have, ending on words they all have: what every figure of the set states, not one outlet's own details.
    private static string Statement(IReadOnlyList<QuantityItem> same)
    {
        if (same.Count == 1) return FigurePhrase.Of(same[0]);
        var words = same.Select(i => ContentWords.Of(i.Position.Sentence).ToHashSet(StringComparer.Ordinal)).ToList();
        bool Shared(string word) => ContentWords.Of(word).All(w => words.All(s => s.Contains(w)));
        return same.Select(i => FigurePhrase.Of(i, Shared))
            .Select((phrase, k) => (phrase, k, Words: phrase.Split(' ').Where(w => ContentWords.Of(w).Count > 0).ToList()))
            .OrderBy(p => p.Words.Count(w => !Shared(w))).ThenByDescending(p => p.Words.Count(Shared)).ThenBy(p => p.k)
            .First().phrase;
    }
}
