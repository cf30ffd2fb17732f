namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Whether Platt scaling (<see cref="PlattScaling"/>) makes the chosen configuration's scores better probabilities on
/// rows it was not fitted on: in each dealing of the out-of-fold scores, the articles are dealt into 5 folds, the
/// scaling fitted on four folds' scores and applied to the fifth's. Log loss says how good the probabilities are;
/// the figures show what the scaling does to the objective (Pearson moves, balanced accuracy barely: the scaling is
/// monotone); the scaling to ship is fitted on all the out-of-fold scores.
/// </summary>
public static class CalibrationCheck
{
    private const int Folds = 5;

    public sealed record Figures(
        double LogLoss, double CalibratedLogLoss, TrainingFigures Calibrated, double DifferenceError, PlattScaling Scaling)
    {
        /// <summary>Whether held-out probabilities improve with the scaling.</summary>
        public bool Helps => CalibratedLogLoss < LogLoss;
    }

    public static Figures Run(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double[]> outOfFold)
    {
        var targets = rows.Select(r => r.Target).ToList();
        var articles = rows.Select(r => r.ArticleKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var calibrated = new List<double[]>();
        for (int d = 0; d < outOfFold.Count; d++)
        {
            var fold = CrossValidation.DealArticles(articles, Folds, new Random(300 + d));
            var scores = outOfFold[d];
            var result = new double[rows.Count];
            for (int k = 0; k < Folds; k++)
            {
                var fit = Enumerable.Range(0, rows.Count).Where(i => fold[rows[i].ArticleKey] != k).ToList();
                var scaling = PlattScaling.Fit(fit.Select(i => scores[i]).ToList(), fit.Select(i => targets[i]).ToList());
                for (int i = 0; i < rows.Count; i++)
                    if (fold[rows[i].ArticleKey] == k) result[i] = scaling.Apply(scores[i]);
            }
            calibrated.Add(result);
        }
        double logLoss = outOfFold.Average(s => PlattScaling.LogLoss(s, targets));
        double calibratedLogLoss = calibrated.Average(s => PlattScaling.LogLoss(s, targets));
        var figures = calibrated.Select(s => TrainingFigures.Of(rows, s)).ToList();
        var averaged = new TrainingFigures(figures.Average(f => f.FrankPearson), figures.Average(f => f.CliffCnndm), figures.Average(f => f.CliffXsum));
        var all = PlattScaling.Fit([.. outOfFold.SelectMany(s => s)], [.. outOfFold.SelectMany(_ => targets)]);
        return new Figures(logLoss, calibratedLogLoss, averaged, ObjectiveBootstrap.DifferenceError(rows, calibrated, outOfFold), all);
    }
}
