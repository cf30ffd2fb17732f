namespace Summarizer.Text;

/// <summary>
/// Sparse TF-IDF vectors of a set of documents (sentences of one article, or the articles of one run), with IDF
/// computed over that set: sublinear term frequency, smoothed IDF, unit length. Each vector is a term-sorted array so
/// a merge-join dot product keeps one pair cheap; a document's cosines with all the others are summed over an inverted
/// index (<see cref="AddCosines"/>), so a row costs the postings of its own terms rather than every other vector.
/// </summary>
internal sealed class TfIdf
{
    private readonly (int Term, double Weight)[][] _vectors;
    private readonly int _terms;
    // Built once, on a row's first use, by one thread (rows are read in parallel).
    private readonly Lazy<(int Document, double Weight)[][]> _postings;

    private TfIdf((int Term, double Weight)[][] vectors, int terms)
    {
        (_vectors, _terms) = (vectors, terms);
        _postings = new(BuildPostings);
    }

    public int Count => _vectors.Length;

    /// <summary>Vectors of <paramref name="documents"/>, each given as its terms in order (see <see cref="ContentWords.Of"/>).</summary>
    public static TfIdf Build(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        int n = documents.Count;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        var termCounts = new Dictionary<int, int>[n];
        for (int d = 0; d < n; d++)
        {
            var counts = new Dictionary<int, int>();
            foreach (var word in documents[d])
            {
                if (!vocabulary.TryGetValue(word, out int term))
                {
                    term = vocabulary[word] = vocabulary.Count;
                    documentFrequency.Add(0);
                }
                if (counts.TryGetValue(term, out int c)) counts[term] = c + 1;
                else { counts[term] = 1; documentFrequency[term]++; }
            }
            termCounts[d] = counts;
        }
        var vectors = new (int, double)[n][];
        for (int d = 0; d < n; d++)
        {
            var vector = termCounts[d].Select(kv => (kv.Key, (1 + Math.Log(kv.Value)) * Math.Log(1.0 + n / (double)documentFrequency[kv.Key]))).ToArray();
            double norm = Math.Sqrt(vector.Sum(v => v.Item2 * v.Item2));
            for (int i = 0; i < vector.Length; i++) vector[i].Item2 = norm > 0 ? vector[i].Item2 / norm : 0;
            Array.Sort(vector, (a, b) => a.Item1.CompareTo(b.Item1));
            vectors[d] = vector;
        }
        return new TfIdf(vectors, vocabulary.Count);
    }

    /// <summary>Cosine similarity of documents <paramref name="i"/> and <paramref name="j"/>.</summary>
    public double Cosine(int i, int j)
    {
        var a = _vectors[i];
        var b = _vectors[j];
        double sum = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x].Term == b[y].Term) sum += a[x++].Weight * b[y++].Weight;
            else if (a[x].Term < b[y].Term) x++;
            else y++;
        }
        return sum;
    }

    /// <summary>
    /// Adds the cosine of document <paramref name="i"/> with every document d to <paramref name="row"/>[d] (its own
    /// included). Each sum runs over the shared terms in term order, as <see cref="Cosine"/> does, so the values are the same.
    /// </summary>
    public void AddCosines(int i, Span<double> row)
    {
        var postings = _postings.Value;
        foreach (var (term, weight) in _vectors[i])
            foreach (var (document, other) in postings[term]) row[document] += weight * other;
    }

    private (int Document, double Weight)[][] BuildPostings()
    {
        var lists = new List<(int, double)>[_terms];
        for (int t = 0; t < _terms; t++) lists[t] = [];
        for (int d = 0; d < _vectors.Length; d++)
            foreach (var (term, weight) in _vectors[d]) lists[term].Add((d, weight));
        return [.. lists.Select(l => l.ToArray())];
    }

    /// <summary>Every pair's cosine; the diagonal is left at zero.</summary>
    public double[,] SimilarityMatrix()
    {
        int n = _vectors.Length;
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                matrix[i, j] = matrix[j, i] = Cosine(i, j);
        return matrix;
    }
}
