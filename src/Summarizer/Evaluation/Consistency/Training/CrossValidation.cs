using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// K-fold cross-validation on the training rows only (folds by article), so feature and regularisation choices are
/// judged on rows each fold's model never saw — without touching test. Repeats deal the articles into folds afresh
/// (fixed seeds): one dealing of ~300 articles moves CLIFF's balanced accuracy by a few points on its own.
/// </summary>
public static class CrossValidation
{
    /// <summary>How many dealings <see cref="Figures"/> averages.</summary>
    public const int Repeats = 3;

    /// <summary>Out-of-fold predictions for every row, in row order; <paramref name="repeat"/> 0 deals articles in name order.</summary>
    public static double[] Predict(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> features, ScoreModelTrainer trainer, int folds = 5, int repeat = 0)
    {
        var articles = rows.Select(r => r.ArticleKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = DealArticles(articles, folds, repeat > 0 ? new Random(repeat) : null);
        var predictions = new double[rows.Count];
        for (int k = 0; k < folds; k++)
        {
            var train = rows.Where(r => fold[r.ArticleKey] != k).ToList();
            var model = trainer.Fit(train, features, "cv");
            for (int i = 0; i < rows.Count; i++)
                if (fold[rows[i].ArticleKey] == k) predictions[i] = model.Predict(new ConsistencyFeatures(rows[i].Features));
        }
        return predictions;
    }

    /// <summary>
    /// Each article's fold: the articles dealt round <paramref name="folds"/> folds in the order given, or shuffled
    /// first by <paramref name="shuffle"/>; an article's summaries always share its fold.
    /// </summary>
    public static Dictionary<string, int> DealArticles(IEnumerable<string> articles, int folds, Random? shuffle) =>
        (shuffle is null ? articles : articles.OrderBy(_ => shuffle.Next()))
            .Select((a, i) => (a, i % folds)).ToDictionary(p => p.a, p => p.Item2);

    /// <summary>The figures of out-of-fold predictions, averaged over <see cref="Repeats"/> dealings of the articles.</summary>
    public static TrainingFigures Figures(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> features, ScoreModelTrainer trainer) =>
        Run(rows, features, trainer).Figures;

    /// <summary>As <see cref="Figures"/>, with the out-of-fold predictions of each dealing (what the bootstrap resamples).</summary>
    public static (TrainingFigures Figures, IReadOnlyList<double[]> Predictions) Run(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> features, ScoreModelTrainer trainer)
    {
        var predictions = Enumerable.Range(0, Repeats).Select(r => Predict(rows, features, trainer, repeat: r)).ToList();
        var runs = predictions.Select(p => TrainingFigures.Of(rows, p)).ToList();
        return (new TrainingFigures(runs.Average(f => f.FrankPearson), runs.Average(f => f.CliffCnndm), runs.Average(f => f.CliffXsum)), predictions);
    }
}
