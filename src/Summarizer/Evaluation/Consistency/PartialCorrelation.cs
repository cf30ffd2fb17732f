namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// FRANK's protocol (Pagnoni et al. 2021, <c>evaluate.py</c>): partial correlation with the summariser as control
/// variable. Each variable has its summariser group's mean subtracted (the residual of a regression on the one-hot
/// summariser); Pearson and Spearman are then taken of the two residual vectors.
/// </summary>
public static class PartialCorrelation
{
    /// <summary>Partial Pearson and Spearman of <paramref name="x"/> and <paramref name="y"/> controlling for <paramref name="group"/>.</summary>
    public static (double Pearson, double Spearman) Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<string> group)
    {
        var rx = Residuals(x, group);
        var ry = Residuals(y, group);
        return (Pearson(rx, ry), Pearson(Ranks(rx), Ranks(ry)));
    }

    /// <summary>
    /// Partial Pearson over <paramref name="rows"/> (indexes into the arrays; a bootstrap resample may repeat them) of
    /// <paramref name="x"/> and <paramref name="y"/>, controlling for <paramref name="group"/> (ids below
    /// <paramref name="groups"/>); a row whose <paramref name="x"/> or <paramref name="also"/> is NaN is left out.
    /// The same figure as <see cref="Compute"/> on those rows, without building lists: what a thousand resamples need.
    /// </summary>
    public static double PearsonOver(IReadOnlyList<int> rows, double[] x, double[] y, int[] group, int groups, double[]? also = null)
    {
        var sumX = new double[groups];
        var sumY = new double[groups];
        var count = new int[groups];
        foreach (int i in rows)
        {
            if (double.IsNaN(x[i]) || (also is not null && double.IsNaN(also[i]))) continue;
            sumX[group[i]] += x[i];
            sumY[group[i]] += y[i];
            count[group[i]]++;
        }
        // Residuals from the group means sum to zero, so their Pearson needs no further centring.
        double sxy = 0, sxx = 0, syy = 0;
        foreach (int i in rows)
        {
            if (double.IsNaN(x[i]) || (also is not null && double.IsNaN(also[i]))) continue;
            int g = group[i];
            double dx = x[i] - sumX[g] / count[g], dy = y[i] - sumY[g] / count[g];
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        return sxx < 1e-24 || syy < 1e-24 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Each value minus the mean of its group.</summary>
    public static double[] Residuals(IReadOnlyList<double> values, IReadOnlyList<string> group)
    {
        var means = values.Select((v, i) => (v, g: group[i])).GroupBy(p => p.g).ToDictionary(g => g.Key, g => g.Average(p => p.v));
        return values.Select((v, i) => v - means[group[i]]).ToArray();
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = x.Count;
        if (n < 2) return double.NaN;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Ranks from 1, ties given their average rank.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
