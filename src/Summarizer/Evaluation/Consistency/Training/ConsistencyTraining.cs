using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// <c>eval consistency --train</c>: builds the training rows (FRANK dev, CLIFF val, less the summaries of any test
/// article) and one synthetic inconsistent copy of each consistent summary, picks the regularisation, the FRANK rows'
/// weight and the synthetic rows' weight together by 5-fold cross-validation on the labelled rows, averaged over three
/// dealings of the articles (<see cref="TrainingFigures.Objective"/>), reports the figures with each feature left out
/// (so a feature that does not help shows) and each synthetic weight, compares the threshold rules on CLIFF val
/// (<see cref="ThresholdRuleCheck"/>), then fits the model on all of them: every feature and its products with the
/// copy style (<see cref="ConsistencyFeatures.Interactions"/>). Every fit, in the folds too, ends with its intercept
/// calibrated to the labelled rows' base rate (<see cref="BaseRateCalibration"/>); the fitted model is then Platt-scaled
/// on the chosen configuration's out-of-fold scores when that improves held-out log loss (<see cref="CalibrationCheck"/>).
/// </summary>
public static class ConsistencyTraining
{
    private static readonly float[] L2Grid = [50f, 200f, 1000f, 4000f];
    private static readonly float[] FrankWeightGrid = [4f, 8f, 16f, 32f];
    // 0: no synthetic negatives.
    private static readonly double[] SyntheticWeightGrid = [0, 0.5, 1, 2, 4, 8, 16];

    public sealed record Result(
        ScoreModel Model, int Rows, IReadOnlyList<(ScoreModelTrainer Trainer, TrainingFigures Figures)> Grid,
        ScoreModelTrainer Chosen, double ChosenError, IReadOnlyList<Ablation> Ablations,
        IReadOnlyList<ThresholdRuleCheck.Figures> ThresholdRules, IReadOnlyList<Augmentation> Augmentations, double SyntheticWeight,
        CalibrationCheck.Figures Calibration);

    /// <summary>The figures with synthetic negatives of the given weight added to each fold's training rows, and the change's standard error.</summary>
    public sealed record Augmentation(double Weight, int SyntheticRows, TrainingFigures Figures, double DifferenceError);

    /// <summary>The figures without some features, and the bootstrap standard error of the objective's change against all of them.</summary>
    public sealed record Ablation(string Without, TrainingFigures Figures, double DifferenceError);

    public static Result Run(ConsistencyData data, ConsistencyScorer scorer, CancellationToken cancellationToken = default)
    {
        var withSynthetic = TrainingSet.Build(data, scorer, synthetic: true, cancellationToken);
        // The labelled rows come first, in the same order, with or without the synthetic ones after them.
        var rows = withSynthetic.Where(r => !r.IsSynthetic).ToList();
        IReadOnlyList<string> all = [.. ConsistencyFeatures.Names, .. ConsistencyFeatures.Interactions];
        // The regularisation, the FRANK rows' weight and the synthetic rows' weight are searched together: each
        // changes what the best value of the others is.
        var trainers = L2Grid.SelectMany(l2 => FrankWeightGrid.Select(w => new ScoreModelTrainer(l2, w))).ToList();
        var searched = trainers.SelectMany(t => SyntheticWeightGrid.Select(w => (Trainer: t, Weight: w)))
            .Select(c => (c.Trainer, c.Weight, Run: Evaluate(rows, withSynthetic, all, c.Trainer, c.Weight))).ToList();
        var best = searched.MaxBy(s => s.Run.Figures.Objective);
        var (chosen, syntheticWeight, full) = (best.Trainer, best.Weight, best.Run);
        var grid = searched.Where(s => s.Weight == syntheticWeight).Select(s => (s.Trainer, s.Run.Figures)).ToList();
        // Each feature alone (with its products), then the embedding model's features together (what the model's
        // cost buys), then the products with the copy style together.
        IReadOnlyList<string> Using(IEnumerable<string> features) => [.. all.Where(term => term.Split('*').Intersect(features).Any())];
        var groups = ConsistencyFeatures.Names.Select(name => (Name: name, Members: Using([name])))
            .Append((Name: "the embedding features", Members: Using(ConsistencyFeatures.EmbeddingNames)))
            .Append((Name: "the copy-style products", Members: ConsistencyFeatures.Interactions))
            .Append((Name: "the noun-phrase and qualifier features", Members: Using(ConsistencyFeatures.PhraseNames)))
            .Append((Name: "the content-word embedding features", Members: Using(ConsistencyFeatures.ContentMatchNames)));
        var ablations = groups.Select(g =>
        {
            var without = Evaluate(rows, withSynthetic, all.Except(g.Members).ToList(), chosen, syntheticWeight);
            return new Ablation(g.Name, without.Figures, ObjectiveBootstrap.DifferenceError(rows, full.Predictions, without.Predictions));
        }).ToList();
        int syntheticRows = withSynthetic.Count - rows.Count;
        var alone = searched.First(s => s.Trainer == chosen && s.Weight == 0).Run;
        var augmentations = searched.Where(s => s.Trainer == chosen).Select(s => new Augmentation(
            s.Weight, syntheticRows, s.Run.Figures, ObjectiveBootstrap.DifferenceError(rows, s.Run.Predictions, alone.Predictions))).ToList();
        // The threshold rules are compared on the out-of-fold scores of the configuration that is fitted.
        var thresholdRules = ThresholdRuleCheck.Run(rows, full.Predictions);
        var fitRows = syntheticWeight > 0 ? WithWeight(withSynthetic, syntheticWeight) : rows;
        string trainedOn = $"FRANK dev + CLIFF val ({rows.Count} summaries; {TrainingSet.LeftOutAsTest(data)} more left out as summaries of test articles), L2 {chosen.L2}, FRANK weight {chosen.FrankWeight}, seed 1"
            + (syntheticWeight > 0 ? $", {syntheticRows} synthetic negatives at weight {syntheticWeight}" : "");
        // Platt scaling is kept only when it makes held-out probabilities better.
        var calibration = CalibrationCheck.Run(rows, full.Predictions);
        if (calibration.Helps)
            trainedOn += FormattableString.Invariant($", Platt-scaled on the out-of-fold scores (slope {calibration.Scaling.Slope:0.###}, intercept {calibration.Scaling.Intercept:0.###})");
        var model = chosen.Fit(fitRows, all, trainedOn);
        return new Result(calibration.Helps ? calibration.Scaling.Apply(model) : model, rows.Count, grid, chosen,
            ObjectiveBootstrap.Error(rows, full.Predictions), ablations, thresholdRules, augmentations, syntheticWeight, calibration);
    }

    // Out-of-fold figures and predictions of the labelled rows; synthetic rows, when weighted in, are only trained on.
    private static (TrainingFigures Figures, IReadOnlyList<double[]> Predictions) Evaluate(
        List<TrainingRow> rows, List<TrainingRow> withSynthetic, IReadOnlyList<string> features, ScoreModelTrainer trainer, double syntheticWeight)
    {
        if (syntheticWeight == 0) return CrossValidation.Run(rows, features, trainer);
        var run = CrossValidation.Run(WithWeight(withSynthetic, syntheticWeight), features, trainer);
        return (run.Figures, [.. run.Predictions.Select(p => p[..rows.Count])]);
    }

    private static List<TrainingRow> WithWeight(IEnumerable<TrainingRow> rows, double syntheticWeight) =>
        [.. rows.Select(r => r.IsSynthetic ? r with { Weight = syntheticWeight } : r)];
}
