using Summarizer.Evaluation.Consistency.Training;
using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Tests.Consistency;

public class ScoreModelTrainerTests
{
    // Synthetic rows: consistency falls with the share of novel content words; the other features are noise.
    private static List<TrainingRow> Rows()
    {
        var random = new Random(7);
        return Enumerable.Range(0, 200).Select(i =>
        {
            var x = ConsistencyFeatures.Names.Select(_ => random.NextDouble()).ToArray();
            double novel = x[ConsistencyFeatures.IndexOf("novelContentShare")];
            return new TrainingRow(x, novel < 0.5 ? 1 : 0, i % 2 == 0 ? "frank-cnndm" : "cliff-xsum", "m" + i % 3, "article" + i);
        }).ToList();
    }

    [Fact]
    public void Fitting_learns_the_direction_of_the_signal()
    {
        var model = new ScoreModelTrainer(l2: 1f).Fit(Rows(), ConsistencyFeatures.Names, "test");

        double w = model.Weights[model.Features.ToList().IndexOf("novelContentShare")];
        Assert.True(w < 0, $"weight {w}");
        var low = new ConsistencyFeatures(ConsistencyFeatures.Names.Select(n => n == "novelContentShare" ? 0.1 : 0.5).ToArray());
        var high = new ConsistencyFeatures(ConsistencyFeatures.Names.Select(n => n == "novelContentShare" ? 0.9 : 0.5).ToArray());
        Assert.True(model.Predict(low) > 0.5 && model.Predict(high) < 0.5);
    }

    [Fact]
    public void The_same_rows_give_the_same_model_and_it_round_trips_through_json()
    {
        var first = new ScoreModelTrainer(l2: 1f).Fit(Rows(), ConsistencyFeatures.Names, "test");
        var second = new ScoreModelTrainer(l2: 1f).Fit(Rows(), ConsistencyFeatures.Names, "test");
        Assert.Equal(first.Weights, second.Weights);
        var reread = ScoreModel.FromJson(first.ToJson());
        Assert.Equal(first.Weights, reread.Weights);
        Assert.Equal(first.Bias, reread.Bias);
    }

    [Fact]
    public void A_product_term_is_fitted_and_predicted_from_its_two_features()
    {
        // The label follows novelContentShare × fragmentDensity, not either alone.
        var random = new Random(3);
        var rows = Enumerable.Range(0, 300).Select(i =>
        {
            var x = ConsistencyFeatures.Names.Select(_ => random.NextDouble()).ToArray();
            double product = x[ConsistencyFeatures.IndexOf("novelContentShare")] * x[ConsistencyFeatures.IndexOf(ConsistencyFeatures.CopyStyle)];
            return new TrainingRow(x, product < 0.25 ? 1 : 0, "cliff-cnndm", "m", "article" + i);
        }).ToList();
        string term = "novelContentShare*" + ConsistencyFeatures.CopyStyle;

        var model = new ScoreModelTrainer(l2: 1f).Fit(rows, [term], "test");

        Assert.Equal([term], model.Features);
        Assert.True(model.Weights[0] < 0, $"weight {model.Weights[0]}");
        double[] both = [.. ConsistencyFeatures.Names.Select(_ => 0.9)], oneLow = [.. both];
        oneLow[ConsistencyFeatures.IndexOf(ConsistencyFeatures.CopyStyle)] = 0.1;
        Assert.True(model.Predict(new ConsistencyFeatures(oneLow)) > model.Predict(new ConsistencyFeatures(both)));
    }

    [Fact]
    public void The_shipped_model_reads_only_features_the_verifier_computes()
    {
        var model = ScoreModel.Default;
        Assert.NotEmpty(model.Features);
        Assert.All(model.Features, f => Assert.Contains(f, ConsistencyFeatures.Names.Concat(ConsistencyFeatures.Interactions)));
        Assert.Contains("FRANK dev + CLIFF val", model.TrainedOn);
    }
}
