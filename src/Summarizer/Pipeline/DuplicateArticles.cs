namespace Summarizer.Pipeline;

/// <summary>
/// The items of one batch that hold an article already in it (the same cleaned text, so the same id): each is reported
/// as a duplicate of the first (<see cref="RunItem.DuplicateOf"/>; not a failure), in input order, and only the first takes part in the report and the story comparison,
/// so one article read twice is not taken for two outlets agreeing.
/// </summary>
internal static class DuplicateArticles
{
    public static List<(int Order, RunItem Item, ArticleResult? Result)> Mark(IEnumerable<(int Order, RunItem Item, ArticleResult? Result)> items)
    {
        var firstSourceById = new Dictionary<string, string>(StringComparer.Ordinal);
        var marked = new List<(int Order, RunItem Item, ArticleResult? Result)>();
        foreach (var (order, item, result) in items.OrderBy(i => i.Order))
        {
            if (result is { Succeeded: true, Summary.Id: { } id } && !firstSourceById.TryAdd(id, item.Source))
                marked.Add((order, item.AsDuplicateOf(firstSourceById[id]), null));
            else marked.Add((order, item, result));
        }
        return marked;
    }
}
