using Summarizer.Evaluation.Consistency.Training;
using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Tests.Consistency.Training;

public class PlattScalingTests
{
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void Fitting_finds_the_stretch_and_shift_that_make_scores_the_true_probabilities()
    {
        var random = new Random(1);
        var z = Enumerable.Range(0, 400).Select(_ => random.NextDouble() * 6 - 3).ToList();
        // Under-confident scores: the true log-odds are twice the score's, moved by .5.
        var scores = z.Select(Sigmoid).ToList();
        var truth = z.Select(v => Sigmoid(2 * v + 0.5)).ToList();

        var scaling = PlattScaling.Fit(scores, truth);

        Assert.Equal(2, scaling.Slope, 6);
        Assert.Equal(0.5, scaling.Intercept, 6);
        Assert.True(PlattScaling.LogLoss(scores.Select(scaling.Apply).ToList(), truth) < PlattScaling.LogLoss(scores, truth));
    }

    [Fact]
    public void A_scaled_model_scores_what_the_scaling_makes_of_the_model_s_scores()
    {
        var model = new ScoreModel(["novelNames", "copiedCoverage"], [0.2, 0.5], [0.3, 0.2], [-1.2, 0.8], 0.3);
        var scaling = new PlattScaling(1.7, -0.4);
        var scaled = scaling.Apply(model);
        foreach (var (names, coverage) in new[] { (0.0, 0.9), (1.1, 0.2), (0.4, 0.5) })
        {
            var features = new ConsistencyFeatures([.. ConsistencyFeatures.Names.Select(n => n == "novelNames" ? names : n == "copiedCoverage" ? coverage : 0)]);
            Assert.Equal(scaling.Apply(model.Predict(features)), scaled.Predict(features), 9);
        }
    }

    [Fact]
    public void Calibrated_scores_are_left_nearly_as_they_are()
    {
        var random = new Random(2);
        var scores = Enumerable.Range(0, 3000).Select(_ => 0.05 + 0.9 * random.NextDouble()).ToList();
        var labels = scores.Select(p => random.NextDouble() < p ? 1.0 : 0.0).ToList();

        var scaling = PlattScaling.Fit(scores, labels);

        Assert.InRange(scaling.Slope, 0.85, 1.15);
        Assert.InRange(scaling.Intercept, -0.15, 0.15);
    }
}
