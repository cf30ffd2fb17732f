using Summarizer.Text;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// Groups a run's articles into stories by average-linkage clustering over a similarity that mixes content-word
/// TF-IDF cosine (IDF over the run's articles) with the overlap of the people, organisations and places their
/// FactSheets name. Average linkage rather than single linkage, so a chain of loosely related articles does not
/// become one story. Cost is cubic in the number of articles in cheap steps: a few seconds for a batch of a couple of thousand.
/// </summary>
internal sealed class StoryClusterer(ComparisonOptions options)
{
    public List<Story> Cluster(IReadOnlyList<ComparisonInput> inputs)
    {
        int n = inputs.Count;
        // sum[a, b] is the total similarity between the members of clusters a and b; merging adds rows, so the
        // average linkage of any pair is sum / (size a × size b) without revisiting members.
        var sum = Similarities(inputs);
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var alive = Enumerable.Range(0, n).ToList();
        while (alive.Count > 1)
        {
            (int A, int B, double Score) best = (-1, -1, double.NegativeInfinity);
            for (int x = 0; x < alive.Count; x++)
                for (int y = x + 1; y < alive.Count; y++)
                {
                    int a = alive[x], b = alive[y];
                    double score = sum[a, b] / (members[a].Count * members[b].Count);
                    if (score > best.Score) best = (a, b, score);
                }
            if (best.Score < options.ClusterThreshold) break;
            foreach (int c in alive)
            {
                sum[best.A, c] += sum[best.B, c];
                sum[c, best.A] = sum[best.A, c];
            }
            members[best.A].AddRange(members[best.B]);
            alive.Remove(best.B);
        }
        // Stories in the order their first article came in, so the report follows the input.
        return alive.Select(c => members[c].Order().ToList()).OrderBy(c => c[0])
            .Select(c => Story.Of(c.Select(i => inputs[i].Article.Id))).ToList();
    }

    internal double[,] Similarities(IReadOnlyList<ComparisonInput> inputs)
    {
        int n = inputs.Count;
        var vectors = TfIdf.Build(inputs.Select(i => (IReadOnlyList<string>)ContentWords.Of(i.Article.Text)).ToList());
        var entities = inputs.Select(Entities).ToList();
        double w = Math.Clamp(options.EntityWeight, 0, 1);
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double cosine = vectors.Cosine(i, j);
                bool known = entities[i].Count > 0 && entities[j].Count > 0;
                double overlap = known ? entities[i].Intersect(entities[j]).Count() / (double)entities[i].Union(entities[j]).Count() : 0;
                // An article whose facts name nobody (or no facts yet) is judged on its text alone.
                matrix[i, j] = matrix[j, i] = known ? (1 - w) * cosine + w * overlap : cosine;
            }
        return matrix;
    }

    // People by folded surname, organisations and places by folded name: the spelling-independent keys outlets share.
    private static HashSet<string> Entities(ComparisonInput input)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in input.Facts.People)
            if (TextKey.Tokens(p.Name) is { Count: > 0 } t) keys.Add("p:" + t[^1]);
        foreach (var o in input.Facts.Organisations) keys.Add("o:" + TextKey.Words(o.Name));
        foreach (var p in input.Facts.Places) keys.Add("l:" + TextKey.Words(p.Name));
        return keys;
    }
}
