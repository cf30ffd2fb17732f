using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons;

/// <summary>One article of a run as comparison sees it: the text, its facts, and its summary when there is one.</summary>
public sealed record ComparisonInput(Article Article, FactSheet Facts, StructuredSummary? Summary = null)
{
    /// <summary>The outlet the article states or the reader found (a copyright line, an agency dateline); null when none: never a title or a file name.</summary>
    public string? Outlet => Article.Outlet;

    /// <summary>The sentence embedding of the article's title and lead, when it was computed ahead (and cached).</summary>
    public float[]? Meaning { get; init; }

    /// <summary>
    /// The earlier run that summarised this article, when it is brought into tonight's comparison from an earlier
    /// night (<see cref="Pipeline.BatchInputs.Earlier"/>); null for an article of the run being compared.
    /// </summary>
    public EarlierRun? Earlier { get; init; }
}

/// <summary>The earlier run an article of a comparison comes from: its id and when it ran.</summary>
public sealed record EarlierRun(string RunId, DateTimeOffset At);
