using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// <c>eval consistency --train</c>: builds the training rows (FRANK dev, CLIFF val), picks the regularisation and the
/// FRANK rows' weight by 5-fold cross-validation on those rows, averaged over three dealings of the articles
/// (<see cref="TrainingFigures.Objective"/>), reports the figures with each feature left out (so a feature that does
/// not help shows), compares the threshold rules on CLIFF val (<see cref="ThresholdRuleCheck"/>), then fits the model on all of them: every feature and its products with the copy style
/// (<see cref="ConsistencyFeatures.Interactions"/>). Cross-validation favours strong regularisation with many
/// weighted FRANK rows: on ~1,000 rows the weights' direction matters more than their size (the figures only rank).
/// </summary>
public static class ConsistencyTraining
{
    private static readonly float[] L2Grid = [50f, 200f, 1000f, 4000f];
    private static readonly float[] FrankWeightGrid = [4f, 8f, 16f, 32f];
    private static readonly double[] SyntheticWeightGrid = [0.5, 1, 2, 4, 8, 16];

    public sealed record Result(
        ScoreModel Model, int Rows, IReadOnlyList<(ScoreModelTrainer Trainer, TrainingFigures Figures)> Grid,
        ScoreModelTrainer Chosen, double ChosenError, IReadOnlyList<Ablation> Ablations,
        IReadOnlyList<ThresholdRuleCheck.Figures> ThresholdRules, IReadOnlyList<Augmentation> Augmentations, double SyntheticWeight);

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
        var grid = L2Grid.SelectMany(l2 => FrankWeightGrid.Select(w => new ScoreModelTrainer(l2, w)))
            .Select(t => (Trainer: t, Figures: CrossValidation.Figures(rows, all, t))).ToList();
        var chosen = grid.MaxBy(g => g.Figures.Objective).Trainer;
        var full = CrossValidation.Run(rows, all, chosen);
        // Each feature alone (with its products), then the embedding model's features together (what the model's
        // cost buys), then the products with the copy style together.
        IReadOnlyList<string> Using(IEnumerable<string> features) => [.. all.Where(term => term.Split('*').Intersect(features).Any())];
        var groups = ConsistencyFeatures.Names.Select(name => (Name: name, Members: Using([name])))
            .Append((Name: "the embedding features", Members: Using(ConsistencyFeatures.EmbeddingNames)))
            .Append((Name: "the copy-style products", Members: ConsistencyFeatures.Interactions))
            .Append((Name: "the noun-phrase and qualifier features", Members: Using(ConsistencyFeatures.PhraseNames)));
        var ablations = groups.Select(g =>
        {
            var without = CrossValidation.Run(rows, all.Except(g.Members).ToList(), chosen);
            return new Ablation(g.Name, without.Figures, ObjectiveBootstrap.DifferenceError(rows, full.Predictions, without.Predictions));
        }).ToList();
        int syntheticRows = withSynthetic.Count - rows.Count;
        var augmented = SyntheticWeightGrid.Select(w =>
        {
            var run = CrossValidation.Run(WithWeight(withSynthetic, w), all, chosen);
            IReadOnlyList<double[]> predictions = [.. run.Predictions.Select(p => p[..rows.Count])];
            return (Figures: new Augmentation(w, syntheticRows, run.Figures, ObjectiveBootstrap.DifferenceError(rows, predictions, full.Predictions)), Predictions: predictions);
        }).ToList();
        var augmentations = augmented.Select(a => a.Figures).ToList();
        var best = augmented.MaxBy(a => a.Figures.Figures.Objective);
        bool augment = best.Figures is not null && best.Figures.Figures.Objective > full.Figures.Objective;
        double syntheticWeight = augment ? best.Figures!.Weight : 0;
        // The threshold rules are compared on the out-of-fold scores of the configuration that is fitted.
        var thresholdRules = ThresholdRuleCheck.Run(rows, augment ? best.Predictions : full.Predictions);
        var fitRows = syntheticWeight > 0 ? WithWeight(withSynthetic, syntheticWeight) : rows;
        string trainedOn = $"FRANK dev + CLIFF val ({rows.Count} summaries; {TrainingSet.LeftOutAsTest(data)} more left out as summaries of test articles), L2 {chosen.L2}, FRANK weight {chosen.FrankWeight}, seed 1"
            + (syntheticWeight > 0 ? $", {syntheticRows} synthetic negatives at weight {syntheticWeight}" : "");
        return new Result(chosen.Fit(fitRows, all, trainedOn), rows.Count, grid, chosen,
            ObjectiveBootstrap.Error(rows, full.Predictions), ablations, thresholdRules, augmentations, syntheticWeight);
    }

    private static List<TrainingRow> WithWeight(IEnumerable<TrainingRow> rows, double syntheticWeight) =>
        [.. rows.Select(r => r.IsSynthetic ? r with { Weight = syntheticWeight } : r)];
}
