using Summarizer.Evaluation.Consistency.Training;
using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Tests.Consistency.Training;

public class BaseRateCalibrationTests
{
    // Labelled rows that are 75% consistent, less so the more novel their words; and three times as many made-up negatives.
    private static (List<TrainingRow> Labelled, List<TrainingRow> WithNegatives) Rows()
    {
        var random = new Random(3);
        int novel = ConsistencyFeatures.IndexOf("novelContentShare");
        TrainingRow Row(int i, string source, Func<double, double> target)
        {
            var x = ConsistencyFeatures.Names.Select(_ => random.NextDouble()).ToArray();
            return new TrainingRow(x, target(x[novel]), source, "m", "a" + i);
        }
        var labelled = Enumerable.Range(0, 200).Select(i => Row(i, "cliff-xsum", n => n < 0.75 ? 1 : 0)).ToList();
        var negatives = Enumerable.Range(0, 600).Select(i => Row(i, TrainingRow.SyntheticPrefix + "cliff-xsum", _ => 0)).ToList();
        return (labelled, [.. labelled, .. negatives]);
    }

    private static double MeanScore(ScoreModel model, IEnumerable<TrainingRow> rows) =>
        rows.Average(r => model.Predict(new ConsistencyFeatures(r.Features)));

    [Fact]
    public void The_mean_score_on_the_labelled_rows_becomes_their_mean_label_and_the_ranking_stays()
    {
        var (labelled, _) = Rows();
        var biased = new ScoreModel(["novelContentShare"], [0.5], [0.3], [-2.0], -3.0);
        Assert.True(MeanScore(biased, labelled) < 0.2);

        var calibrated = BaseRateCalibration.Apply(biased, labelled);

        Assert.Equal(labelled.Average(r => r.Target), MeanScore(calibrated, labelled), 3);
        Assert.Equal(biased.Weights, calibrated.Weights);
        var before = labelled.Select(r => biased.Predict(new ConsistencyFeatures(r.Features))).ToList();
        var after = labelled.Select(r => calibrated.Predict(new ConsistencyFeatures(r.Features))).ToList();
        Assert.Equal(Enumerable.Range(0, before.Count).OrderBy(i => before[i]), Enumerable.Range(0, after.Count).OrderBy(i => after[i]));
        Assert.NotEqual(biased.Version, calibrated.Version);
    }

    [Fact]
    public void A_fit_with_synthetic_negatives_still_scores_the_labelled_rows_at_their_base_rate()
    {
        var (labelled, withNegatives) = Rows();

        var model = new ScoreModelTrainer(l2: 1f).Fit(withNegatives, ConsistencyFeatures.Names, "test");

        Assert.Equal(labelled.Average(r => r.Target), MeanScore(model, labelled), 3);
    }
}
