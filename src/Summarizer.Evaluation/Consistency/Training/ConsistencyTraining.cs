using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// <c>eval consistency --train</c>: builds the training rows (FRANK dev, CLIFF val), picks the regularisation and the
/// FRANK rows' weight by 5-fold cross-validation on those rows, averaged over three dealings of the articles
/// (<see cref="TrainingFigures.Objective"/>), reports the figures with each feature left out (so a feature that does
/// not help shows), then fits the model on all of them.
/// </summary>
public static class ConsistencyTraining
{
    private static readonly float[] L2Grid = [1f, 10f, 50f, 200f, 500f];
    private static readonly float[] FrankWeightGrid = [1f, 2f, 4f, 8f];

    public sealed record Result(
        ScoreModel Model, int Rows, IReadOnlyList<(ScoreModelTrainer Trainer, TrainingFigures Figures)> Grid,
        ScoreModelTrainer Chosen, IReadOnlyList<(string Without, TrainingFigures Figures)> Ablations);

    public static Result Run(ConsistencyData data, ConsistencyScorer scorer, CancellationToken cancellationToken = default)
    {
        var rows = TrainingSet.Build(data, scorer, cancellationToken);
        var all = ConsistencyFeatures.Names;
        var grid = L2Grid.SelectMany(l2 => FrankWeightGrid.Select(w => new ScoreModelTrainer(l2, w)))
            .Select(t => (Trainer: t, Figures: CrossValidation.Figures(rows, all, t))).ToList();
        var chosen = grid.MaxBy(g => g.Figures.Objective).Trainer;
        // Each feature alone, then the embedding model's features together: what the model's cost buys.
        var groups = all.Select(name => (Name: name, Members: (IReadOnlyList<string>)[name]))
            .Append((Name: "the embedding features", Members: ConsistencyFeatures.EmbeddingNames));
        var ablations = groups.Select(g => (g.Name, CrossValidation.Figures(rows, all.Except(g.Members).ToList(), chosen))).ToList();
        string trainedOn = $"FRANK dev + CLIFF val ({rows.Count} summaries), L2 {chosen.L2}, FRANK weight {chosen.FrankWeight}, seed 1";
        return new Result(chosen.Fit(rows, all, trainedOn), rows.Count, grid, chosen, ablations);
    }
}
