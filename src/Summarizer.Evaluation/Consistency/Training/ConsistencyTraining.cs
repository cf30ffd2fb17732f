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

    public sealed record Result(
        ScoreModel Model, int Rows, IReadOnlyList<(ScoreModelTrainer Trainer, TrainingFigures Figures)> Grid,
        ScoreModelTrainer Chosen, IReadOnlyList<(string Without, TrainingFigures Figures)> Ablations,
        IReadOnlyList<ThresholdRuleCheck.Figures> ThresholdRules);

    public static Result Run(ConsistencyData data, ConsistencyScorer scorer, CancellationToken cancellationToken = default)
    {
        var rows = TrainingSet.Build(data, scorer, cancellationToken);
        IReadOnlyList<string> all = [.. ConsistencyFeatures.Names, .. ConsistencyFeatures.Interactions];
        var grid = L2Grid.SelectMany(l2 => FrankWeightGrid.Select(w => new ScoreModelTrainer(l2, w)))
            .Select(t => (Trainer: t, Figures: CrossValidation.Figures(rows, all, t))).ToList();
        var chosen = grid.MaxBy(g => g.Figures.Objective).Trainer;
        // Each feature alone (with its products), then the embedding model's features together (what the model's
        // cost buys), then the products with the copy style together.
        IReadOnlyList<string> Using(IEnumerable<string> features) => [.. all.Where(term => term.Split('*').Intersect(features).Any())];
        var groups = ConsistencyFeatures.Names.Select(name => (Name: name, Members: Using([name])))
            .Append((Name: "the embedding features", Members: Using(ConsistencyFeatures.EmbeddingNames)))
            .Append((Name: "the copy-style products", Members: ConsistencyFeatures.Interactions));
        var ablations = groups.Select(g => (g.Name, CrossValidation.Figures(rows, all.Except(g.Members).ToList(), chosen))).ToList();
        var outOfFold = Enumerable.Range(0, CrossValidation.Repeats).Select(r => CrossValidation.Predict(rows, all, chosen, repeat: r)).ToList();
        var thresholdRules = ThresholdRuleCheck.Run(rows, outOfFold);
        string trainedOn = $"FRANK dev + CLIFF val ({rows.Count} summaries; {TrainingSet.LeftOutAsTest(data)} more left out as summaries of test articles), L2 {chosen.L2}, FRANK weight {chosen.FrankWeight}, seed 1";
        return new Result(chosen.Fit(rows, all, trainedOn), rows.Count, grid, chosen, ablations, thresholdRules);
    }
}
