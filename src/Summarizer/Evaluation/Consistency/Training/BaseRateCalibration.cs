using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Calibration in the large: the model's intercept set so that its mean score over the labelled rows equals their mean
/// label. Row weights (the FRANK rows' weight) and the synthetic negatives change the base rate the regression sees, so
/// without this a faithful summary would score well under one half although the score is read as a probability. The
/// shift is monotone: it leaves every ranking, and so every rank-based figure, as it was.
/// </summary>
public static class BaseRateCalibration
{
    public static ScoreModel Apply(ScoreModel model, IReadOnlyList<TrainingRow> labelled)
    {
        if (labelled.Count == 0) return model;
        double target = labelled.Average(r => r.Target);
        var features = labelled.Select(r => new ConsistencyFeatures(r.Features)).ToList();
        double MeanScore(double bias)
        {
            var shifted = model with { Bias = bias };
            return features.Average(shifted.Predict);
        }
        // The mean score rises with the intercept: bisect for the one that meets the mean label.
        double low = model.Bias - 20, high = model.Bias + 20;
        for (int i = 0; i < 60; i++)
        {
            double middle = (low + high) / 2;
            if (MeanScore(middle) < target) low = middle; else high = middle;
        }
        return model with { Bias = (low + high) / 2 };
    }
}
