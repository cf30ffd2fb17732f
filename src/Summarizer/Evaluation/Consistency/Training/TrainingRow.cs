namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// One labelled summary for fitting the score model: its features, the share of annotators' verdicts that found
/// it consistent (FRANK's factuality, or CLIFF's 0/1 label), and the article it summarises (folds keep an article's
/// summaries together, so no fold is scored on an article it was fitted on); <c>Group</c> is the summariser.
/// <c>Weight</c> scales the row's pull in fitting (synthetic rows, see <see cref="SyntheticNegatives"/>, weigh less).
/// </summary>
public sealed record TrainingRow(double[] Features, double Target, string Source, string Group, string ArticleKey, double Weight = 1)
{
    /// <summary>The source prefix of rows made by rule rather than labelled by people: fitted on, never scored.</summary>
    public const string SyntheticPrefix = "synthetic-";

    public bool IsSynthetic => Source.StartsWith(SyntheticPrefix, StringComparison.Ordinal);
}
