using Summarizer.Articles;

namespace Summarizer.Summaries.Extractive;

/// <summary>Sparse TF-IDF vectors of an article's sentences, with IDF computed over the article's own sentences.</summary>
internal sealed class TfIdfVectors
{
    private readonly (int Term, double Weight)[][] _vectors;
    private readonly int[] _wordCounts;

    private TfIdfVectors((int, double)[][] vectors, int[] wordCounts)
    {
        _vectors = vectors;
        _wordCounts = wordCounts;
    }

    public int WordCount(int sentence) => _wordCounts[sentence];

    public static TfIdfVectors Build(IReadOnlyList<Sentence> sentences)
    {
        int n = sentences.Count;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var termCounts = new Dictionary<int, int>[n];
        var documentFrequency = new List<int>();
        var wordCounts = new int[n];
        for (int s = 0; s < n; s++)
        {
            var counts = new Dictionary<int, int>();
            var words = ContentWords.Of(sentences[s].Text);
            wordCounts[s] = sentences[s].Text.Count(char.IsWhiteSpace) + 1;
            foreach (var word in words)
            {
                if (!vocabulary.TryGetValue(word, out int term))
                {
                    term = vocabulary.Count;
                    vocabulary[word] = term;
                    documentFrequency.Add(0);
                }
                if (counts.TryGetValue(term, out int c)) counts[term] = c + 1;
                else { counts[term] = 1; documentFrequency[term]++; }
            }
            termCounts[s] = counts;
        }
        var vectors = new (int, double)[n][];
        for (int s = 0; s < n; s++)
        {
            var vector = termCounts[s].Select(kv => (kv.Key, (1 + Math.Log(kv.Value)) * Math.Log(1.0 + n / (double)documentFrequency[kv.Key]))).ToArray();
            double norm = Math.Sqrt(vector.Sum(v => v.Item2 * v.Item2));
            for (int i = 0; i < vector.Length; i++) vector[i].Item2 = norm > 0 ? vector[i].Item2 / norm : 0;
            Array.Sort(vector, (a, b) => a.Item1.CompareTo(b.Item1));
            vectors[s] = vector;
        }
        return new TfIdfVectors(vectors, wordCounts);
    }

    public double[,] SimilarityMatrix()
    {
        int n = _vectors.Length;
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                matrix[i, j] = matrix[j, i] = Dot(_vectors[i], _vectors[j]);
        return matrix;
    }

    private static double Dot((int Term, double Weight)[] a, (int Term, double Weight)[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Term == b[j].Term) sum += a[i++].Weight * b[j++].Weight;
            else if (a[i].Term < b[j].Term) i++;
            else j++;
        }
        return sum;
    }
}
