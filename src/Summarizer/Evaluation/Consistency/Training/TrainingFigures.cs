namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// How well scores agree with the training rows' labels: partial Pearson on the FRANK rows (summariser as control)
/// and balanced accuracy at the best threshold on each CLIFF origin's rows.
/// </summary>
public sealed record TrainingFigures(double FrankPearson, double CliffCnndm, double CliffXsum)
{
    /// <summary>What the settings are chosen by: FRANK correlation plus the mean CLIFF balanced accuracy (both count).</summary>
    public double Objective => FrankPearson + (CliffCnndm + CliffXsum) / 2;

    public static TrainingFigures Of(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double> scores)
    {
        var frank = Enumerable.Range(0, rows.Count).Where(i => rows[i].Source.StartsWith("frank", StringComparison.Ordinal)).ToList();
        double pearson = frank.Count < 3 ? double.NaN : PartialCorrelation.Compute(
            frank.Select(i => scores[i]).ToList(), frank.Select(i => rows[i].Target).ToList(), frank.Select(i => rows[i].Group).ToList()).Pearson;
        double Cliff(string source)
        {
            var idx = Enumerable.Range(0, rows.Count).Where(i => rows[i].Source == source).ToList();
            return idx.Count == 0 ? double.NaN : BalancedAccuracy.ChooseThreshold(idx.Select(i => scores[i]).ToList(), idx.Select(i => (int)rows[i].Target).ToList()).Accuracy;
        }
        return new TrainingFigures(pearson, Cliff("cliff-cnndm"), Cliff("cliff-xsum"));
    }
}
