using Summarizer.Comparisons;

namespace Summarizer.Pipeline;

/// <summary>
/// The articles of earlier runs a batch clusters beside its own (a nightly run's earlier nights; never summarised again),
/// and how long loading them took: a stage of the run before its articles, reported like the others
/// (<see cref="RunReport.EarlierArticlesDuration"/>, <see cref="BatchStage.EarlierArticles"/>).
/// </summary>
/// <param name="Articles">Each article with its facts, its summary when it could be read, and its <see cref="ComparisonInput.Earlier"/> run.</param>
/// <param name="Duration">The time spent loading them (reading the files again, their facts, their summaries).</param>
public sealed record EarlierInputs(IReadOnlyList<ComparisonInput> Articles, TimeSpan Duration)
{
    /// <summary>No earlier articles, and no time spent looking for them (a batch of the <c>run</c> command).</summary>
    public static EarlierInputs None { get; } = new([], TimeSpan.Zero);

    /// <summary>The earlier runs the articles come from.</summary>
    public int Runs => Articles.Select(a => a.Earlier?.RunId).OfType<string>().Distinct(StringComparer.Ordinal).Count();

    /// <summary>True when nothing was loaded and no time was spent on it: there is no stage to report.</summary>
    public bool IsNone => Articles.Count == 0 && Duration == TimeSpan.Zero;
}
