namespace Summarizer.Comparisons;

/// <summary>
/// Whether outlets disagree, or one article with itself. Two values clash between outlets only when the articles giving
/// them are different and neither article also gives the other's value. An article stating both "Defense Secretary"
/// and "Prime Minister" for one person beside outlets stating "Prime Minister" is at odds with itself while the outlets
/// agree on what they share: that is reported as an inconsistency within that article (<see cref="Conflict.Within"/>,
/// its own positions only), never as outlets conflicting. Roles, quotes and the model's conflicts are settled so;
/// figures are not.
/// </summary>
internal static class Dissent
{
    /// <summary>
    /// Whether two of <paramref name="stated"/> clash (<paramref name="clash"/>) across two articles neither of which
    /// also states the other's value (values compared by <paramref name="value"/>).
    /// </summary>
    public static bool BetweenOutlets<T>(IReadOnlyList<T> stated, Func<T, string> article, Func<T, string> value, Func<T, T, bool> clash)
    {
        bool States(string articleId, string v) => stated.Any(s => article(s) == articleId && value(s) == v);
        return stated.Any(a => stated.Any(b => article(a) != article(b) && value(a) != value(b) && clash(a, b)
            && !States(article(a), value(b)) && !States(article(b), value(a))));
    }

    /// <summary>
    /// <paramref name="conflict"/> as it stands when outlets disagree; else one conflict per article whose own values
    /// clash, with that article's positions only and <see cref="Conflict.Within"/> set; else none.
    /// </summary>
    public static IEnumerable<Conflict> Settle(Conflict conflict, Func<Position, string> value, Func<Position, Position, bool> clash)
    {
        var positions = conflict.Positions;
        if (BetweenOutlets(positions, p => p.ArticleId, value, clash)) return [conflict];
        return positions.GroupBy(p => p.ArticleId, StringComparer.Ordinal)
            .Where(g => g.Any(a => g.Any(b => value(a) != value(b) && clash(a, b))))
            .Select(g => conflict with { Positions = g.ToList(), Within = g.Key });
    }
}
