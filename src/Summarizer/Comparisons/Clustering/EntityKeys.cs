namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// The people, organisations and places an article's facts name, as spelling-independent keys outlets share:
/// people by folded surname, organisations and places by folded name.
/// </summary>
internal static class EntityKeys
{
    public static IReadOnlyList<string> Of(ComparisonInput input)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in input.Facts.People)
            if (TextKey.Tokens(p.Name) is { Count: > 0 } t) keys.Add("p:" + t[^1]);
        foreach (var o in input.Facts.Organisations) keys.Add("o:" + TextKey.Words(o.Name));
        foreach (var p in input.Facts.Places) keys.Add("l:" + TextKey.Words(p.Name));
        keys.Remove("o:");
        keys.Remove("l:");
        return keys.Order(StringComparer.Ordinal).ToList();
    }
}
