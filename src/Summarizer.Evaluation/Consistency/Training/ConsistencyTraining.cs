using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// <c>eval consistency --train</c>: builds the training rows (FRANK dev, CLIFF val), reports 5-fold cross-validated
/// figures for the full feature set and with each feature left out (so a feature that does not help shows), then
/// fits the model on all training rows.
/// </summary>
public static class ConsistencyTraining
{
    public sealed record Result(ScoreModel Model, int Rows, TrainingFigures CrossValidated, IReadOnlyList<(string Without, TrainingFigures Figures)> Ablations);

    public static Result Run(ConsistencyData data, ConsistencyScorer scorer, float l2, CancellationToken cancellationToken = default)
    {
        var rows = TrainingSet.Build(data, scorer, cancellationToken);
        var trainer = new ScoreModelTrainer(l2);
        var all = ConsistencyFeatures.Names;
        var full = TrainingFigures.Of(rows, CrossValidation.Predict(rows, all, trainer));
        var ablations = all.Select(name => (name, TrainingFigures.Of(rows, CrossValidation.Predict(rows, all.Where(f => f != name).ToList(), trainer)))).ToList();
        string trainedOn = $"FRANK dev + CLIFF val ({rows.Count} summaries), L2 {l2}";
        return new Result(trainer.Fit(rows, all, trainedOn), rows.Count, full, ablations);
    }
}
