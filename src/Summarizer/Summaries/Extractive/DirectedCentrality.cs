namespace Summarizer.Summaries.Extractive;

/// <summary>
/// Position-aware directed centrality after PacSum (Zheng and Lapata, "Sentence Centrality Revisited for Unsupervised
/// Summarization", ACL 2019): a sentence's centrality sums its similarity to the sentences after it (weight λ2) and to
/// those before it (weight λ1), counting only edges above a threshold set between the article's weakest and strongest
/// edge. News states the point first and elaborates after, so a sentence that later sentences echo is central.
/// </summary>
internal static class DirectedCentrality
{
    /// <summary>Each sentence's centrality, scaled to [0, 1] over the article (all zero when the sentences share nothing).</summary>
    public static double[] Compute(double[,] similarity, int n, double forward, double backward, double threshold)
    {
        var centrality = new double[n];
        if (n < 2) return centrality;
        double min = double.MaxValue, max = double.MinValue;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                min = Math.Min(min, similarity[i, j]);
                max = Math.Max(max, similarity[i, j]);
            }
        double floor = min + threshold * (max - min);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                if (i == j) continue;
                double edge = Math.Max(0, similarity[i, j] - floor);
                centrality[i] += (j > i ? forward : backward) * edge;
            }
        double low = centrality.Min(), high = centrality.Max();
        for (int i = 0; i < n; i++) centrality[i] = high > low ? (centrality[i] - low) / (high - low) : 0;
        return centrality;
    }
}
