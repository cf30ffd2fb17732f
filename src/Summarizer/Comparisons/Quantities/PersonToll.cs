using Summarizer.Facts;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// A count of people an outcome befell is that outcome's toll whatever noun counts them: "12 workers were killed" and
/// "15 people were killed" both count the dead, so such a figure is compared as a count of people
/// (<see cref="QuantityItem.Class"/> "person"). A noun counts people when it is "people" or a class that stands for
/// them (troops), or when WordNet has it as a kind of person ("worker", "child", "miner"; without WordNet only the
/// former). A noun the story shows counting part of a toll stays apart: when one article gives counts of one outcome
/// in two or more such nouns ("12 people were killed, including 3 children"), every noun of them but "people" counts
/// a sub-group in this story, and its figures of that outcome (<see cref="QuantityItem.Part"/>) meet only figures of
/// their own noun, never the toll.
/// </summary>
internal static class PersonToll
{
    private const string People = "person";

    public static List<QuantityItem> Join(List<QuantityItem> items)
    {
        var counted = items.Where(i => i.Outcome is not null && i.Fact.Kind == QuantityKind.Count && CountsPeople(i.Class)).ToList();
        if (counted.Count == 0) return items;
        var parts = counted.GroupBy(i => (i.Input, i.Outcome))
            .Where(g => g.Select(i => i.Class).Distinct().Count() >= 2)
            .SelectMany(g => g.Where(i => i.Class != People).Select(i => (i.Class, i.Outcome)))
            .ToHashSet();
        var joined = new HashSet<QuantityItem>(counted, ReferenceEqualityComparer.Instance);
        return items.Select(i => !joined.Contains(i) || i.Class == People ? i
            : parts.Contains((i.Class, i.Outcome)) ? i with { Part = true } : i with { Class = People }).ToList();
    }

    private static bool CountsPeople(string cls) =>
        cls == People || (!UnitClass.IsGeneric(cls) && (UnitClass.Compatible(People, cls)
            || WordNetLookup.Shared?.IsKindOf(cls, People) == true));
}
