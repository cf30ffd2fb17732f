namespace Summarizer.Comparisons;

/// <summary>
/// The same article given twice (the same id: the same cleaned text) is one source, not two outlets agreeing: the one
/// rule by which a run, the comparer and the API find such repeats, each taken once at its first place.
/// </summary>
public static class SameArticle
{
    /// <summary>Each item of <paramref name="items"/> that repeats an earlier one (the same id), with the index of that first one.</summary>
    public static List<(int Index, int First)> Repeats<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int, int)>();
        for (int i = 0; i < items.Count; i++)
        {
            if (first.TryGetValue(id(items[i]), out int earlier)) repeats.Add((i, earlier));
            else first[id(items[i])] = i;
        }
        return repeats;
    }

    /// <summary><paramref name="items"/> with each repeat left out (<see cref="Repeats"/>), in their order.</summary>
    public static List<T> Once<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var repeats = Repeats(items, id).Select(r => r.Index).ToHashSet();
        return items.Where((_, i) => !repeats.Contains(i)).ToList();
    }

    /// <summary>The inputs with each article taken once, at its first place.</summary>
    public static List<ComparisonInput> Once(IReadOnlyList<ComparisonInput> inputs) => Once(inputs, i => i.Article.Id);
}
