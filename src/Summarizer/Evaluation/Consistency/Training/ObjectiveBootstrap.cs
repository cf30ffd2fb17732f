namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// How much the cross-validated objective (<see cref="TrainingFigures.Objective"/>) would move on another sample of
/// articles: the training rows' articles are resampled with replacement (an article's summaries travel together)
/// and the objective of the same out-of-fold predictions recomputed; the standard deviation over resamples is the
/// standard error. For two feature sets the difference is resampled in pairs, which is what says whether a change
/// beats the noise: ~300 articles leave a standard error of a few hundredths on the objective itself.
/// </summary>
public static class ObjectiveBootstrap
{
    public const int Samples = 200;

    /// <summary>The standard error of the objective of <paramref name="predictions"/> (one array per dealing).</summary>
    public static double Error(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double[]> predictions) =>
        StandardDeviation(Resample(rows, predictions, null));

    /// <summary>The standard error of the objective of <paramref name="a"/> minus that of <paramref name="b"/>, paired by resample.</summary>
    public static double DifferenceError(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double[]> a, IReadOnlyList<double[]> b) =>
        StandardDeviation(Resample(rows, a, b));

    private static List<double> Resample(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double[]> a, IReadOnlyList<double[]>? b) =>
        ArticleResampler.Resamples([.. Enumerable.Range(0, rows.Count)], i => rows[i].ArticleKey, Samples, seed: 7)
            .Select((index, s) =>
            {
                var sample = index.Select(i => rows[i]).ToList();
                double Objective(double[] scores) => TrainingFigures.Of(sample, index.Select(i => scores[i]).ToList()).Objective;
                return Objective(a[s % a.Count]) - (b is null ? 0 : Objective(b[s % b.Count]));
            })
            .ToList();

    private static double StandardDeviation(List<double> values) => SampleStatistics.StandardDeviation([.. values.Where(double.IsFinite)]);
}
