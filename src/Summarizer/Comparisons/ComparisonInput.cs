using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons;

/// <summary>One article of a run as comparison sees it: the text, its facts, and its summary when there is one.</summary>
public sealed record ComparisonInput(Article Article, FactSheet Facts, StructuredSummary? Summary = null)
{
    /// <summary>How the article is named to an editor: its outlet, else its title, else its source file.</summary>
    public string Outlet => OutletOf(Article);

    /// <summary>The sentence embedding of the article's title and lead, when it was computed ahead (and cached).</summary>
    public float[]? Meaning { get; init; }

    public static string OutletOf(Article article)
    {
        if ((article.Outlet ?? article.Title) is { } name) return name;
        string file = Path.GetFileName(article.Source);
        return string.IsNullOrWhiteSpace(file) ? article.Id : file;
    }
}
