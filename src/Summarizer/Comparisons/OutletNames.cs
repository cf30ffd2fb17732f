namespace Summarizer.Comparisons;

/// <summary>
/// How the articles of one story are named to a reader of its roundup and report: by their outlet. An article
/// that states none is "unnamed outlet", or "unnamed outlet 1", "unnamed outlet 2", … (in the story's order) when
/// several of the story state none: never by its title, file name or id, which a reader would take for an outlet.
/// </summary>
public sealed class OutletNames
{
    /// <summary>The name of an article that states no outlet when it is the only one of its story.</summary>
    public const string Unnamed = "unnamed outlet";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <param name="articles">The story's articles in its order, each with its outlet or null.</param>
    public OutletNames(IEnumerable<(string ArticleId, string? Outlet)> articles)
    {
        var unique = articles.DistinctBy(a => a.ArticleId, StringComparer.Ordinal).ToList();
        int unnamed = unique.Count(a => a.Outlet is null), number = 0;
        foreach (var (id, outlet) in unique)
            _names[id] = outlet ?? (unnamed == 1 ? Unnamed : $"{Unnamed} {++number}");
    }

    /// <summary>The names of a compared story's articles.</summary>
    public static OutletNames Of(IEnumerable<ComparedArticle> articles) => new(articles.Select(a => (a.Id, a.Outlet)));

    /// <summary>The names of the articles compared as one story.</summary>
    public static OutletNames Of(IEnumerable<ComparisonInput> inputs) => new(inputs.Select(i => (i.Article.Id, i.Outlet)));

    /// <summary>The article's outlet, or its neutral name when it states none (also for an article not of the story).</summary>
    public string this[string articleId] => _names.GetValueOrDefault(articleId, Unnamed);
}
