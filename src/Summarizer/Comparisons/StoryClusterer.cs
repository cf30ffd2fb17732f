using Summarizer.Summaries.Extractive;

namespace Summarizer.Comparisons;

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
        var vectors = TfIdf(inputs.Select(i => ContentWords.Of(i.Article.Text)).ToList());
        var entities = inputs.Select(Entities).ToList();
        double w = Math.Clamp(options.EntityWeight, 0, 1);
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double cosine = Dot(vectors[i], vectors[j]);
                bool known = entities[i].Count > 0 && entities[j].Count > 0;
                double overlap = known ? entities[i].Intersect(entities[j]).Count() / (double)entities[i].Union(entities[j]).Count() : 0;
                // An article whose facts name nobody (or no facts yet) is judged on its text alone.
                matrix[i, j] = matrix[j, i] = known ? (1 - w) * cosine + w * overlap : cosine;
            }
        return matrix;
    }

    // Sparse vectors as term-sorted arrays: a merge-join dot product keeps all pairs of a large batch cheap.
    private static List<(int Term, double Weight)[]> TfIdf(List<List<string>> documents)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var counts = documents.Select(doc =>
        {
            var c = new Dictionary<int, int>();
            foreach (string word in doc)
            {
                if (!vocabulary.TryGetValue(word, out int term)) { term = vocabulary[word] = vocabulary.Count; df.Add(0); }
                if (c.TryGetValue(term, out int k)) c[term] = k + 1;
                else { c[term] = 1; df[term]++; }
            }
            return c;
        }).ToList();
        return counts.Select(c =>
        {
            var v = c.Select(kv => (Term: kv.Key, Weight: (1 + Math.Log(kv.Value)) * Math.Log(1.0 + documents.Count / (double)df[kv.Key])))
                .OrderBy(t => t.Term).ToArray();
            double norm = Math.Sqrt(v.Sum(t => t.Weight * t.Weight));
            return norm == 0 ? v : v.Select(t => (t.Term, t.Weight / norm)).ToArray();
        }).ToList();
    }

    private static double Dot((int Term, double Weight)[] a, (int Term, double Weight)[] b)
    {
        double total = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i].Term == b[j].Term) total += a[i++].Weight * b[j++].Weight;
            else if (a[i].Term < b[j].Term) i++;
            else j++;
        }
        return total;
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
