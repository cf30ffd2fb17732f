using Summarizer.Summaries.Extractive;

namespace Summarizer.Comparisons;

/// <summary>
/// Groups a run's articles into stories by average-linkage clustering over a similarity that mixes content-word
/// TF-IDF cosine (IDF over the run's articles) with the overlap of the people, organisations and places their
/// FactSheets name. Average linkage rather than single linkage, so a chain of loosely related articles does not
/// become one story. Cost is cubic in the number of articles, fine for a batch of a few hundred.
/// </summary>
internal sealed class StoryClusterer(ComparisonOptions options)
{
    public List<Story> Cluster(IReadOnlyList<ComparisonInput> inputs)
    {
        int n = inputs.Count;
        var similarity = Similarities(inputs);
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            (int A, int B, double Score) best = (-1, -1, double.NegativeInfinity);
            for (int a = 0; a < clusters.Count; a++)
                for (int b = a + 1; b < clusters.Count; b++)
                {
                    double score = clusters[a].SelectMany(i => clusters[b].Select(j => similarity[i, j])).Average();
                    if (score > best.Score) best = (a, b, score);
                }
            if (best.Score < options.ClusterThreshold) break;
            clusters[best.A].AddRange(clusters[best.B]);
            clusters.RemoveAt(best.B);
        }
        // Stories in the order their first article came in, so the report follows the input.
        return clusters.Select(c => c.Order().ToList()).OrderBy(c => c[0])
            .Select(c => Story.Of(c.Select(i => inputs[i].Article.Id))).ToList();
    }

    internal double[,] Similarities(IReadOnlyList<ComparisonInput> inputs)
    {
        int n = inputs.Count;
        var vectors = TfIdf(inputs.Select(i => ContentWords.Of(i.Article.Text)).ToList());
        var entities = inputs.Select(Entities).ToList();
        double w = Math.Clamp(options.EntityWeight, 0, 1);
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double cosine = vectors[i].Sum(kv => vectors[j].TryGetValue(kv.Key, out double v) ? v * kv.Value : 0);
                int union = entities[i].Union(entities[j]).Count();
                double overlap = union == 0 ? 0 : entities[i].Intersect(entities[j]).Count() / (double)union;
                // An article whose facts name nobody (or no facts yet) is judged on its text alone.
                bool known = entities[i].Count > 0 && entities[j].Count > 0;
                matrix[i, j] = matrix[j, i] = known ? (1 - w) * cosine + w * overlap : cosine;
            }
        return matrix;
    }

    private static List<Dictionary<string, double>> TfIdf(List<List<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (string term in doc.Distinct()) df[term] = df.GetValueOrDefault(term) + 1;
        return documents.Select(doc =>
        {
            var weights = doc.GroupBy(t => t).ToDictionary(g => g.Key,
                g => (1 + Math.Log(g.Count())) * Math.Log(1.0 + documents.Count / (double)df[g.Key]), StringComparer.Ordinal);
            double norm = Math.Sqrt(weights.Values.Sum(v => v * v));
            return norm == 0 ? weights : weights.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
        }).ToList();
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
