using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Fits the verifier's <see cref="ScoreModel"/> with ML.NET's L-BFGS logistic regression (fixed seed, so the same
/// rows give the same weights). Features are standardised first; a FRANK row with factuality f counts as a
/// consistent example of weight f and an inconsistent one of weight 1 − f, so partial judgements are not rounded;
/// rows of <see cref="WeightedSource"/> weigh <paramref name="frankWeight"/> times the others.
/// </summary>
public sealed class ScoreModelTrainer(float l2 = 1f, float frankWeight = 1f, int seed = 1)
{
    /// <summary>
    /// The rows <c>frankWeight</c> applies to: FRANK's CNN/DM summaries, whose graded judgements of multi-sentence
    /// summaries are the richest signal; FRANK's XSum judgements are nearly all 0 and CLIFF's are binary.
    /// </summary>
    public const string WeightedSource = "frank-cnndm";

    public float L2 => l2;

    public float FrankWeight => frankWeight;

    private sealed class Example
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    public ScoreModel Fit(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> featureNames, string trainedOn)
    {
        int n = featureNames.Count;
        var terms = featureNames.Select(FeatureTerm.Of).ToArray();
        var values = rows.Select(r => terms.Select(t => t.ValueIn(r.Features)).ToArray()).ToList();
        var means = Enumerable.Range(0, n).Select(k => values.Average(v => v[k])).ToArray();
        var scales = Enumerable.Range(0, n).Select(k => Math.Sqrt(values.Average(v => Math.Pow(v[k] - means[k], 2)))).Select(s => s < 1e-9 ? 1 : s).ToArray();
        var examples = new List<Example>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var x = Enumerable.Range(0, n).Select(k => (float)((values[i][k] - means[k]) / scales[k])).ToArray();
            float weight = (row.Source == WeightedSource ? frankWeight : 1f) * (float)row.Weight;
            if (row.Target > 0) examples.Add(new Example { Features = x, Label = true, Weight = weight * (float)row.Target });
            if (row.Target < 1) examples.Add(new Example { Features = x, Label = false, Weight = weight * (float)(1 - row.Target) });
        }
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, n);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Example.Label),
            FeatureColumnName = nameof(Example.Features),
            ExampleWeightColumnName = nameof(Example.Weight),
            L2Regularization = l2,
            L1Regularization = 0,
            OptimizationTolerance = 1e-7f,
            NumberOfThreads = 1,
        });
        var fitted = trainer.Fit(data).Model.SubModel;
        var model = new ScoreModel(featureNames.ToList(), means, scales, fitted.Weights.Select(w => (double)w).ToList(), fitted.Bias, trainedOn);
        // Part of every fit, so cross-validation judges the model as it ships.
        return BaseRateCalibration.Apply(model, [.. rows.Where(r => !r.IsSynthetic)]);
    }
}
