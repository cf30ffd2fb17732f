namespace Summarizer.Evaluation.Stories;

/// <summary>
/// B-cubed precision, recall and F1 of a clustering against gold classes (Bagga &amp; Baldwin 1998; Amigó et al. 2009):
/// for each item, precision is the share of its cluster in its gold class and recall the share of its gold class in
/// its cluster, each averaged over the items scored. An item of no gold class (a distractor) is a class of its own, so
/// any cluster it shares costs precision.
/// </summary>
public static class BCubed
{
    /// <summary>Scores the items for which <paramref name="scored"/> is true (all when null) against the whole clustering.</summary>
    /// <param name="gold">Each item's gold class, null for an item that belongs to none.</param>
    /// <param name="cluster">Each item's cluster.</param>
    /// <param name="scored">Which items to average over; their clusters and classes still count every item.</param>
    public static BCubedScore Score(IReadOnlyList<string?> gold, IReadOnlyList<int> cluster, Func<int, bool>? scored = null)
    {
        if (gold.Count != cluster.Count) throw new ArgumentException("one gold class and one cluster per item", nameof(cluster));
        var goldKey = gold.Select((g, i) => g ?? $"\0item-{i}").ToList();
        var clusterSize = cluster.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var classSize = goldKey.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var both = Enumerable.Range(0, gold.Count).GroupBy(i => (cluster[i], goldKey[i])).ToDictionary(g => g.Key, g => g.Count());

        double precision = 0, recall = 0;
        int items = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (scored is not null && !scored(i)) continue;
            double shared = both[(cluster[i], goldKey[i])];
            precision += shared / clusterSize[cluster[i]];
            recall += shared / classSize[goldKey[i]];
            items++;
        }
        if (items == 0) return new BCubedScore(0, 0, 0, 0);
        precision /= items;
        recall /= items;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedScore(items, precision, recall, f1);
    }
}

/// <summary>B-cubed figures over <see cref="Items"/> scored items.</summary>
public sealed record BCubedScore(int Items, double Precision, double Recall, double F1);
