using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Roles;
using Summarizer.Facts;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// Whether two outlets' sentences state different things of one subject however alike their words: a figure of one
/// cannot be true with a figure of the other counting the same thing (<see cref="QuantityAligner.Comparable"/>, or the
/// same outcome, "killed", whatever noun counts it; disjoint <see cref="ValueRange"/>s, the same occasion), or one person is given conflicting roles
/// (<see cref="RoleCore.Conflicts(string, string)"/>). An outlet whose sentence contradicts the roundup's wording of
/// a statement is not credited with it.
/// </summary>
internal sealed class Contradiction
{
    private readonly Dictionary<(int Input, int Sentence), List<QuantityItem>> _figures;
    private readonly List<Dictionary<(int Input, int Sentence), List<string>>> _roles;

    public Contradiction(IReadOnlyList<ComparisonInput> inputs)
    {
        _figures = QuantityItem.Collect(inputs, new ComparisonOptions())
            .GroupBy(i => (i.Input, i.Position.SentenceId)).ToDictionary(g => g.Key, g => g.ToList());
        _roles = PersonAligner.Align(inputs)
            .Select(person => person.Members
                .SelectMany(m => m.Person.Roles.Where(r => !r.Inferred).Select(r => (m.Input, r.SentenceId, r.Role)))
                .GroupBy(r => (r.Input, r.SentenceId)).ToDictionary(g => g.Key, g => g.Select(r => r.Role).ToList()))
            .ToList();
    }

    // Counts of one outcome are one toll whatever noun counts them ("12 workers were killed", "15 people were killed");
    // a percentage or a sum of the same outcome ("deaths rose 15%") is another kind of figure.
    // A sub-group's count ("3 children" of "12 people killed", QuantityItem.Part) is no other toll.
    private static bool SameSubject(QuantityItem x, QuantityItem y) =>
        QuantityAligner.Comparable(x, y) || (x.Outcome is not null && x.Outcome == y.Outcome && !x.Part && !y.Part
            && x.Fact.Kind == QuantityKind.Count && y.Fact.Kind == QuantityKind.Count);

    /// <summary>Whether sentence <paramref name="b"/> of input <paramref name="inputB"/> contradicts sentence <paramref name="a"/> of <paramref name="inputA"/>.</summary>
    public bool Between(int inputA, int a, int inputB, int b)
    {
        if (inputA == inputB) return false;
        if (_figures.TryGetValue((inputA, a), out var fa) && _figures.TryGetValue((inputB, b), out var fb)
            && fa.Any(x => fb.Any(y => SameSubject(x, y) && x.Range.DisjointFrom(y.Range) && Occasion.Compatible(x.Occasion, y.Occasion))))
            return true;
        return _roles.Any(person => person.TryGetValue((inputA, a), out var ra) && person.TryGetValue((inputB, b), out var rb)
            && ra.Any(x => rb.Any(y => RoleCore.Conflicts(x, y))));
    }
}
