using System.Globalization;

namespace Summarizer.Pipeline;

/// <summary>
/// Progress of a batch after each finished item, once more when the story comparison starts, and, first, once when it
/// has articles of earlier runs to compare beside its own (<see cref="BatchStage.EarlierArticles"/>).
/// </summary>
public readonly record struct BatchProgress(int Done, int Total, int Failed, string LastSource, string? LastError,
    BatchStage Stage = BatchStage.Articles)
{
    /// <summary>The event telling how many earlier articles were loaded, from how many runs, and how long it took.</summary>
    public static BatchProgress EarlierLoaded(EarlierInputs earlier) => new(0, 0, 0,
        $"loaded {earlier.Articles.Count} earlier articles from {earlier.Runs} earlier runs in " +
        $"{earlier.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s", null, BatchStage.EarlierArticles);
}

/// <summary>The stage a batch is in: its articles, then the comparison of their stories.</summary>
public enum BatchStage
{
    /// <summary>Summarising and verifying the articles.</summary>
    Articles,

    /// <summary>Comparing the stories of the succeeded articles (after the last article).</summary>
    ComparingStories,

    /// <summary>Articles of earlier runs were loaded to be compared beside the run's own (before the first article).</summary>
    EarlierArticles,
}
