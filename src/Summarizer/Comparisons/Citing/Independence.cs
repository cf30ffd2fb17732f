namespace Summarizer.Comparisons.Citing;

/// <summary>How many outlets state a finding on their own, not by citing another outlet that states it too.</summary>
internal static class Independence
{
    public static int Count(IReadOnlyList<Position> positions)
    {
        var articles = positions.Select(p => p.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        if (articles.Count == 0) return 0;
        bool CitesAnother(Position p) => p.CitesOutlet is { } cited
            && positions.Any(o => o.ArticleId != p.ArticleId && o.Outlet is { } outlet && OutletKey.Same(outlet, cited));
        int independent = articles.Count(id => positions.Where(p => p.ArticleId == id).Any(p => !CitesAnother(p)));
        // Outlets citing each other in a circle still rest on one of them.
        return Math.Max(1, independent);
    }
}
