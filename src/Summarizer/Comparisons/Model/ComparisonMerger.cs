using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons.Model;

/// <summary>
/// Adds a model's verified findings to the rules' comparison. A model finding the rules already have (same kind, same
/// sentences of the same articles, in any list) is left out, so each finding is listed once and the rules' version wins.
/// </summary>
public static class ComparisonMerger
{
    public static StoryComparison Merge(StoryComparison rules, StoryComparison model, int maxSingleSource, string engine)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in rules.Conflicts) known.Add(Key(c.Kind, c.Positions));
        foreach (var a in rules.Agreements) known.Add(Key(a.Kind, a.Positions));
        foreach (var s in rules.SingleSource) known.Add(Key(s.Kind, [s.Position]));

        var conflicts = model.Conflicts.Where(c => known.Add(Key(c.Kind, c.Positions))).Select(c => c with { Origin = FindingOrigin.Model });
        var agreements = model.Agreements.Where(a => known.Add(Key(a.Kind, a.Positions))).Select(a => a with { Origin = FindingOrigin.Model });
        var single = model.SingleSource.Where(s => known.Add(Key(s.Kind, [s.Position]))).Select(s => s with { Origin = FindingOrigin.Model });
        return rules with
        {
            Conflicts = [.. rules.Conflicts, .. conflicts],
            Agreements = [.. rules.Agreements, .. agreements],
            SingleSource = [.. rules.SingleSource.Concat(single).Take(Math.Max(0, maxSingleSource))],
            DroppedPositions = rules.DroppedPositions + model.DroppedPositions,
            Engine = engine,
            ModelFallback = null,
        };
    }

    private static string Key(FactKind kind, IEnumerable<Position> positions) =>
        kind + "|" + string.Join(";", positions.Select(p => $"{p.ArticleId}#{p.SentenceId}").Distinct().Order(StringComparer.Ordinal));
}
