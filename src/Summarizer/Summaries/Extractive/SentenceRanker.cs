using Summarizer.Articles;
using Summarizer.Text;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// Unsupervised sentence selection for news: TF-IDF cosine similarity between sentences, TextRank centrality
/// over that graph, a lead-position prior (news puts the most important facts first), and maximal marginal
/// relevance so the chosen sentences do not repeat each other.
/// </summary>
public sealed class SentenceRanker(ExtractiveOptions options)
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <summary>Ids of the chosen sentences, in document order.</summary>
    public IReadOnlyList<int> Select(IReadOnlyList<Sentence> sentences, int count)
    {
        int n = sentences.Count;
        if (n == 0 || count <= 0) return [];
        var similarity = TfIdf.Build(sentences.Select(s => (IReadOnlyList<string>)ContentWords.Of(s.Text)).ToList()).SimilarityMatrix();
        var centrality = TextRank(similarity, n);
        double maxCentrality = centrality.Max();
        var scores = new double[n];
        var eligible = new bool[n];
        for (int i = 0; i < n; i++)
        {
            double prior = 1.0 / Math.Pow(1 + i, options.PositionDecay);
            double central = maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
            scores[i] = options.PositionWeight * prior + (1 - options.PositionWeight) * central;
            eligible[i] = IsEligible(sentences[i].Text, sentences[i].Text.Count(char.IsWhiteSpace) + 1);
        }
        if (!eligible.Contains(true)) Array.Fill(eligible, true);
        return Mmr(scores, similarity, eligible, Math.Min(count, n));
    }

    private bool IsEligible(string text, int words)
    {
        if (words < options.MinWords || words > options.MaxWords) return false;
        char first = text.TrimStart('"', '“', '‘', '\'', '«', '(', ' ')[..1] is { Length: 1 } f ? f[0] : ' ';
        return !char.IsLower(first) && !text.TrimEnd('"', '”', '’', ' ').EndsWith('?');
    }

    private static double[] TextRank(double[,] similarity, int n)
    {
        var outWeight = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) outWeight[i] += similarity[i, j];
        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                    if (j != i && outWeight[j] > 0) sum += similarity[j, i] / outWeight[j] * rank[j];
                next[i] = (1 - Damping) / n + Damping * sum;
            }
            (rank, next) = (next, rank);
        }
        return rank;
    }

    private IReadOnlyList<int> Mmr(double[] scores, double[,] similarity, bool[] eligible, int count)
    {
        var chosen = new List<int>(count);
        while (chosen.Count < count)
        {
            int best = -1;
            double bestValue = double.NegativeInfinity;
            for (int i = 0; i < scores.Length; i++)
            {
                if (!eligible[i] || chosen.Contains(i)) continue;
                double redundancy = 0;
                foreach (int c in chosen) redundancy = Math.Max(redundancy, similarity[i, c]);
                double value = options.RedundancyLambda * scores[i] - (1 - options.RedundancyLambda) * redundancy;
                if (value > bestValue) { bestValue = value; best = i; }
            }
            if (best < 0) break;
            chosen.Add(best);
        }
        chosen.Sort();
        return chosen;
    }
}
