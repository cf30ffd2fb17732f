namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// AggreFact's protocol (Tang et al. 2023): a summary is predicted consistent when its score is above a threshold;
/// the threshold is the one maximising balanced accuracy ((TPR + TNR) / 2) on the validation rows, then applied
/// unchanged to the test rows.
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
    public static (double Threshold, double Accuracy) ChooseThreshold(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        var distinct = scores.Where(double.IsFinite).Distinct().Order().ToList();
        if (distinct.Count == 0) return (0, 0.5);
        var candidates = new List<double> { distinct[0] - 1e-9 };
        for (int i = 0; i + 1 < distinct.Count; i++) candidates.Add((distinct[i] + distinct[i + 1]) / 2);
        var accuracies = candidates.Select(t => Of(scores, labels, t)).ToList();
        double best = accuracies.Max();
        var ties = Enumerable.Range(0, candidates.Count).Where(i => accuracies[i] >= best - 1e-12).ToList();
        return (candidates[ties[ties.Count / 2]], best);
    }
}
