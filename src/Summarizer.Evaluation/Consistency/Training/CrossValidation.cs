using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// K-fold cross-validation on the training rows only (folds by article), so feature and regularisation choices are
/// judged on rows each fold's model never saw — without touching test.
/// </summary>
public static class CrossValidation
{
    /// <summary>Out-of-fold predictions for every row, in row order.</summary>
    public static double[] Predict(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> features, ScoreModelTrainer trainer, int folds = 5)
    {
        var articles = rows.Select(r => r.ArticleKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = articles.Select((a, i) => (a, i % folds)).ToDictionary(p => p.a, p => p.Item2);
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
}
