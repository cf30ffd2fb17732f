namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// AggreFact's protocol (Tang et al. 2023): a summary is predicted consistent when its score is above a threshold
/// chosen on the validation rows from their balanced accuracy ((TPR + TNR) / 2), then applied unchanged to the test
/// rows. AggreFact takes the threshold maximising it (<see cref="ChooseThreshold"/>); the project's own score uses
/// <see cref="ChooseCentredThreshold"/>, also from the validation rows alone.
/// </summary>
public static class BalancedAccuracy
{
    /// <summary>(TPR + TNR) / 2 of "score &gt; threshold means label 1"; a class with no rows counts as fully recalled.</summary>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<int> labels, double threshold)
    {
        int tp = 0, pos = 0, tn = 0, neg = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            bool predicted = scores[i] > threshold;
            if (labels[i] == 1) { pos++; if (predicted) tp++; }
            else { neg++; if (!predicted) tn++; }
        }
        double tpr = pos == 0 ? 1 : (double)tp / pos, tnr = neg == 0 ? 1 : (double)tn / neg;
        return (tpr + tnr) / 2;
    }

    /// <summary>
    /// The threshold maximising balanced accuracy on the given rows. Candidates lie halfway between consecutive
    /// distinct scores (and just below the lowest); when several tie, the middle one of them is taken so the cut
    /// does not hug one side of the best interval.
    /// </summary>
    public static (double Threshold, double Accuracy) ChooseThreshold(IReadOnlyList<double> scores, IReadOnlyList<int> labels) =>
        Choose(scores, labels, standardErrors: 0);

    /// <summary>
    /// The one-standard-error choice: of the candidates whose balanced accuracy on the given rows lies within one
    /// standard error of the best (the binomial error of the true- and false-class rates at the best threshold), the
    /// middle one; returns it with its own balanced accuracy there. On 150 rows the best threshold is largely chance,
    /// sitting wherever a few summaries happen to fall; the middle of the near-best range moves less from one sample
    /// to the next. Cross-validated on CLIFF val (<see cref="Training.ThresholdRuleCheck"/>) it transferred better
    /// than <see cref="ChooseThreshold"/> on both origins.
    /// </summary>
    public static (double Threshold, double Accuracy) ChooseCentredThreshold(IReadOnlyList<double> scores, IReadOnlyList<int> labels) =>
        Choose(scores, labels, standardErrors: 1);

    /// <summary>The standard error of <see cref="Of"/> at a threshold: half the root of the two rates' binomial variances.</summary>
    public static double StandardError(IReadOnlyList<double> scores, IReadOnlyList<int> labels, double threshold)
    {
        int pos = labels.Count(l => l == 1), neg = labels.Count - pos;
        if (pos == 0 || neg == 0) return 0;
        double tpr = (double)Enumerable.Range(0, scores.Count).Count(i => labels[i] == 1 && scores[i] > threshold) / pos;
        double tnr = (double)Enumerable.Range(0, scores.Count).Count(i => labels[i] != 1 && scores[i] <= threshold) / neg;
        return Math.Sqrt(tpr * (1 - tpr) / pos + tnr * (1 - tnr) / neg) / 2;
    }

    private static (double Threshold, double Accuracy) Choose(IReadOnlyList<double> scores, IReadOnlyList<int> labels, double standardErrors)
    {
        var distinct = scores.Where(double.IsFinite).Distinct().Order().ToList();
        if (distinct.Count == 0) return (0, 0.5);
        var candidates = new List<double> { distinct[0] - 1e-9 };
        for (int i = 0; i + 1 < distinct.Count; i++) candidates.Add((distinct[i] + distinct[i + 1]) / 2);
        var accuracies = candidates.Select(t => Of(scores, labels, t)).ToList();
        double best = accuracies.Max();
        double floor = best - 1e-12;
        if (standardErrors > 0) floor -= standardErrors * StandardError(scores, labels, candidates[accuracies.IndexOf(best)]);
        var near = Enumerable.Range(0, candidates.Count).Where(i => accuracies[i] >= floor).ToList();
        int chosen = near[near.Count / 2];
        return (candidates[chosen], accuracies[chosen]);
    }
}
