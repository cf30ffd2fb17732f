using Summarizer.Text.Embeddings;

namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// Groups a run's articles into stories by average-linkage clustering over <see cref="StorySimilarity"/>, stopping
/// where the average similarity between two groups falls below the threshold; an article alike to no other is a
/// story of its own. Average linkage rather than single linkage, so a chain of loosely related articles (one topic,
/// several events) does not become one story. Two groups can only merge if some pair of their articles reaches the
/// threshold, so the clustering runs inside the connected parts of the graph of such pairs, each by the
/// nearest-neighbour chain (quadratic in the part's size): the cost is the pass over all pairs, not a cubic search.
/// </summary>
/// <param name="options">The threshold, and whether sentence embeddings are used.</param>
/// <param name="embedder">The sentence embedder; the shared MiniLM one when null and <see cref="ComparisonOptions.UseSentenceEmbeddings"/> is on.</param>
/// <param name="weights">The similarity's settings; the tuned defaults when null.</param>
public sealed class StoryClusterer(ComparisonOptions options, ISentenceEmbedder? embedder = null, StorySimilarityWeights? weights = null)
{
    private readonly StorySimilarityWeights _weights = weights ?? new StorySimilarityWeights();

    /// <summary>The stories of <paramref name="inputs"/>, in the order of their first article.</summary>
    public List<Story> Cluster(IReadOnlyList<ComparisonInput> inputs)
    {
        if (inputs.Count == 0) return [];
        var meaning = !options.UseSentenceEmbeddings || inputs.Count < 2 ? null : embedder ?? MiniLmSentenceEmbedder.Shared;
        var groups = Cluster(StorySimilarity.Of(inputs, _weights, meaning), options.ClusterThreshold);
        return groups.Select(g => Story.Of(g.Select(i => inputs[i].Article.Id))).ToList();
    }

    /// <summary>Groups of article indices at <paramref name="threshold"/>, each sorted, in the order of their first member.</summary>
    public static List<List<int>> Cluster(StorySimilarity similarity, double threshold) =>
        Group(similarity.Count, similarity.Score, similarity.PairsAtLeast(threshold), threshold);

    /// <summary>Groups of <paramref name="count"/> items under any symmetric similarity <paramref name="score"/>.</summary>
    public static List<List<int>> Cluster(int count, Func<int, int, double> score, double threshold) =>
        Group(count, score, PairsAtLeast(count, score, threshold), threshold);

    // The connected parts of the graph of pairs reaching the threshold, each clustered by average linkage.
    private static List<List<int>> Group(int n, Func<int, int, double> score, List<(int I, int J)> pairsAtLeast, double threshold)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (i, j) in pairsAtLeast) parent[Find(i)] = Find(j);

        var groups = new List<List<int>>();
        foreach (var part in Enumerable.Range(0, n).GroupBy(Find).Select(g => g.ToList()))
            groups.AddRange(part.Count == 1 ? [part] : AverageLinkage(score, part, threshold));
        return groups.Select(g => g.Order().ToList()).OrderBy(g => g[0]).ToList();
    }

    // Nearest-neighbour chain: follow each group's most similar neighbour until two groups are each other's; merge
    // them. Average linkage never makes a merged group more similar to a third than the closer of its halves was, so a
    // group whose nearest neighbour is below the threshold will never merge and is set aside.
    private static List<List<int>> AverageLinkage(Func<int, int, double> score, List<int> part, double threshold)
    {
        int m = part.Count;
        var sum = new double[m, m];
        for (int a = 0; a < m; a++)
            for (int b = a + 1; b < m; b++)
                sum[a, b] = sum[b, a] = score(part[a], part[b]);
        var members = Enumerable.Range(0, m).Select(a => new List<int> { part[a] }).ToArray();
        var alive = new SortedSet<int>(Enumerable.Range(0, m));
        var done = new List<List<int>>();
        var chain = new List<int>();
        while (alive.Count > 0)
        {
            if (chain.Count == 0) chain.Add(alive.Min);
            int top = chain[^1], previous = chain.Count > 1 ? chain[^2] : -1;
            (int Best, double Score) nearest = (-1, double.NegativeInfinity);
            foreach (int c in alive)
            {
                if (c == top) continue;
                double average = sum[top, c] / (members[top].Count * members[c].Count);
                // Ties go to the previous link of the chain, so the chain cannot cycle.
                if (average > nearest.Score || (average == nearest.Score && c == previous)) nearest = (c, average);
            }
            if (nearest.Best < 0 || nearest.Score < threshold)
            {
                done.Add(members[top]);
                alive.Remove(top);
                chain.RemoveAt(chain.Count - 1);
                continue;
            }
            if (nearest.Best != previous)
            {
                chain.Add(nearest.Best);
                continue;
            }
            chain.RemoveRange(chain.Count - 2, 2);
            foreach (int c in alive)
            {
                sum[previous, c] += sum[top, c];
                sum[c, previous] = sum[previous, c];
            }
            members[previous].AddRange(members[top]);
            alive.Remove(top);
        }
        return done;
    }

    // Every pair (i < j) reaching the threshold: the one pass over all pairs, rows in parallel.
    private static List<(int I, int J)> PairsAtLeast(int n, Func<int, int, double> score, double threshold)
    {
        var rows = new List<(int, int)>[n];
        Parallel.For(0, n, i =>
        {
            var row = new List<(int, int)>();
            for (int j = i + 1; j < n; j++)
                if (score(i, j) >= threshold) row.Add((i, j));
            rows[i] = row;
        });
        return rows.SelectMany(r => r).ToList();
    }
}
