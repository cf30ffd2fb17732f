namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// One labelled summary for fitting the score model: its features, the share of annotators' verdicts that found
/// it consistent (FRANK's factuality, or CLIFF's 0/1 label), and the article it summarises (folds keep an article's
/// summaries together, so no fold is scored on an article it was fitted on); <c>Group</c> is the summariser.
/// </summary>
public sealed record TrainingRow(double[] Features, double Target, string Source, string Group, string ArticleKey);
